// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createLibraryPort } from '../../../src/platform/library-port';
import { openLibraryDb, type LibraryDb } from '../../../src/storage/library-db';
import { makeArticle } from '../storage/library-fixtures';

const T0 = Date.UTC(2024, 4, 1, 9);
let db: LibraryDb | undefined;

afterEach(() => db?.close());

/** A library port on a database of its own, with a clock the test moves. */
function openPort(): { port: ReturnType<typeof createLibraryPort>; tick: (ms: number) => void } {
  db = openLibraryDb(`test-${crypto.randomUUID()}`);
  let now = T0;
  return { port: createLibraryPort(db, window, () => now), tick: (ms) => (now += ms) };
}

describe('createLibraryPort', () => {
  it('saves, finds by URL, lists, reads and removes an article', async () => {
    const { port } = openPort();
    const article = makeArticle();

    const saved = await port.save(article);
    if (!saved.ok) throw new Error(`save failed: ${saved.error}`);
    expect(await port.findIdByUrl(article.url)).toBe(saved.id);
    expect(await port.list()).toEqual([
      {
        id: saved.id,
        url: article.url,
        title: article.title,
        siteName: article.siteName,
        savedAt: T0,
        readingMinutes: article.readingMinutes,
        lang: 'ar',
        dir: 'rtl',
      },
    ]);
    expect(await port.get(saved.id)).toMatchObject({ ...article, id: saved.id });

    await port.remove(saved.id);
    expect(await port.get(saved.id)).toBeUndefined();
    expect(await port.findIdByUrl(article.url)).toBeUndefined();
    expect(await port.list()).toEqual([]);
  });

  it('stores the article’s HTML sanitized: the extraction hands over the page’s own markup', async () => {
    const { port } = openPort();
    const saved = await port.save(
      makeArticle({
        html: '<div id="body" class="entry"><p onclick="steal()" style="color:red">نص المقال</p><script>steal()</script><a href="/next">التالي</a></div>',
      }),
    );
    if (!saved.ok) throw new Error(`save failed: ${saved.error}`);
    expect((await port.get(saved.id))?.html).toBe(
      '<div><p>نص المقال</p><a href="https://www.aljazeera.net/next" target="_blank" rel="noopener noreferrer">التالي</a></div>',
    );
  });

  it('lists newest first', async () => {
    const { port, tick } = openPort();
    await port.save(makeArticle({ url: 'https://www.hespress.com/1.html', title: 'الأقدم' }));
    tick(1000);
    await port.save(makeArticle({ url: 'https://www.bbc.com/arabic/2', title: 'الأحدث' }));
    expect((await port.list()).map((item) => item.title)).toEqual(['الأحدث', 'الأقدم']);
  });

  it('keeps the id of a URL saved again', async () => {
    const { port, tick } = openPort();
    const first = await port.save(makeArticle());
    tick(1000);
    const again = await port.save(makeArticle({ title: 'عنوان مصحح' }));
    expect(again).toEqual(first);
    expect((await port.list()).map((item) => item.title)).toEqual(['عنوان مصحح']);
  });

  it('answers nothing for what is not there', async () => {
    const { port } = openPort();
    expect(await port.get('no-such-id')).toBeUndefined();
    expect(await port.findIdByUrl('https://example.com/none')).toBeUndefined();
    // Nothing to delete is not a failure: the article is not in the library either way.
    await expect(port.remove('no-such-id')).resolves.toBe(true);
  });

  it('refuses an article that fails the check, as a storage failure', async () => {
    const { port } = openPort();
    expect(await port.save(makeArticle({ url: 'javascript:alert(1)' }))).toEqual({
      ok: false,
      error: 'storage-failed',
    });
    expect(await port.list()).toEqual([]);
  });
});
