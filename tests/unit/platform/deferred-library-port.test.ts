import { describe, expect, it, vi } from 'vitest';
import { deferLibraryPort } from '../../../src/platform/deferred-library-port';
import { makeArticle } from '../storage/library-fixtures';
import { fakeLibrary } from '../popup/fake-library';

describe('deferLibraryPort', () => {
  it('loads the library on first use only, once, and passes every call through', async () => {
    const real = fakeLibrary();
    const load = vi.fn(async () => real);
    const port = deferLibraryPort(load);
    expect(load).not.toHaveBeenCalled();

    const article = makeArticle();
    const [saved, found] = await Promise.all([port.save(article), port.findIdByUrl('https://example.com/none')]);
    if (!saved.ok) throw new Error(`save failed: ${saved.error}`);
    expect(found).toBeUndefined();
    expect(await port.findIdByUrl(article.url)).toBe(saved.id);
    expect((await port.list()).map((item) => item.id)).toEqual([saved.id]);
    expect(await port.get(saved.id)).toEqual(article);
    expect(await port.remove(saved.id)).toBe(true);
    expect(await port.list()).toEqual([]);
    expect(load).toHaveBeenCalledOnce();
  });

  it('answers like a failing database when the library cannot be loaded', async () => {
    const port = deferLibraryPort(() => Promise.reject(new Error('Failed to fetch dynamically imported module')));
    expect(await port.save(makeArticle())).toEqual({ ok: false, error: 'storage-failed' });
    expect(await port.findIdByUrl('https://example.com/a')).toBeUndefined();
    expect(await port.list()).toEqual([]);
    expect(await port.get('article-1')).toBeUndefined();
    expect(await port.remove('article-1')).toBe(false);
  });
});
