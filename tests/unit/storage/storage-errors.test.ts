import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { findByUrl, listArticles } from '../../../src/storage/read-library';
import { isQuotaExceeded } from '../../../src/storage/storage-result';
import { saveArticle } from '../../../src/storage/write-library';
import { expectOk, makeArticle, openTestDb } from './library-fixtures';

const T0 = Date.UTC(2024, 4, 1, 9);
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

beforeEach(() => fakeBrowser.reset());

describe('a full quota', () => {
  it('is reported as quota-exceeded and writes nothing of a new article', async () => {
    const db = openTestDb();
    // The row goes in first, then the body fails: the transaction must take the row back out.
    vi.spyOn(db.bodies, 'put').mockRejectedValueOnce(quotaError());
    const result = await saveArticle(db, makeArticle(), T0);
    expect(result).toMatchObject({ ok: false, error: 'quota-exceeded' });
    expect(await db.articles.count()).toBe(0);
    expect(await db.bodies.count()).toBe(0);
  });

  it('leaves the saved copy as it was when refreshing it fails', async () => {
    const db = openTestDb();
    expectOk(await saveArticle(db, makeArticle(), T0));
    vi.spyOn(db.bodies, 'put').mockRejectedValueOnce(new Dexie.AbortError('Transaction aborted', quotaError()));
    const result = await saveArticle(db, makeArticle({ title: 'جديد', html: '<p>جديد</p>' }), T0 + 1);
    expect(result).toMatchObject({ ok: false, error: 'quota-exceeded' });
    const kept = expectOk(await findByUrl(db, makeArticle().url));
    expect(kept).toMatchObject({ title: makeArticle().title, html: makeArticle().html });
  });
});

describe('other failures', () => {
  it('are reported as storage-failed, with a detail for the console', async () => {
    const db = openTestDb();
    vi.spyOn(db.articles, 'put').mockRejectedValueOnce(new DOMException('disk I/O', 'UnknownError'));
    expect(await saveArticle(db, makeArticle(), T0)).toEqual({
      ok: false,
      error: 'storage-failed',
      detail: expect.stringContaining('UnknownError'),
    });
  });

  it('include reading a closed database', async () => {
    const db = openTestDb();
    db.close({ disableAutoOpen: true });
    expect(await listArticles(db)).toMatchObject({ ok: false, error: 'storage-failed' });
  });
});

describe('isQuotaExceeded', () => {
  it.each([
    ['the DOMException', quotaError(), true],
    ["Dexie's own error", new Dexie.QuotaExceededError('full'), true],
    ['an abort wrapping it as inner', new Dexie.AbortError('aborted', quotaError()), true],
    ['an error wrapping it as cause', new Error('save failed', { cause: quotaError() }), true],
    ['a constraint error', new DOMException('dup', 'ConstraintError'), false],
    ['a string', 'QuotaExceededError', false],
  ])('recognises %s', (_case, err, expected) => {
    expect(isQuotaExceeded(err)).toBe(expected);
  });

  it('stops at an error that wraps itself', () => {
    const looping: { name: string; inner?: unknown } = { name: 'AbortError' };
    looping.inner = looping;
    expect(isQuotaExceeded(looping)).toBe(false);
  });
});
