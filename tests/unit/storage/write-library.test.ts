import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { findByUrl, getArticle, listArticles } from '../../../src/storage/read-library';
import { deleteArticle, saveArticle } from '../../../src/storage/write-library';
import { expectOk, freshDbName, makeArticle, openTestDb } from './library-fixtures';

const T0 = Date.UTC(2024, 4, 1, 9);
const T1 = T0 + 60_000;

beforeEach(() => fakeBrowser.reset());

describe('saveArticle', () => {
  it('creates a record with an id, savedAt and the schema version', async () => {
    const db = openTestDb();
    const { id, created } = expectOk(await saveArticle(db, makeArticle(), T0));
    expect(created).toBe(true);
    const saved = expectOk(await getArticle(db, id));
    expect(saved).toMatchObject({ ...makeArticle(), id, savedAt: T0, schemaVersion: 1 });
  });

  it('saving the same URL again keeps id and savedAt and refreshes the content', async () => {
    const db = openTestDb();
    const first = expectOk(await saveArticle(db, makeArticle(), T0));
    const again = expectOk(await saveArticle(db, makeArticle({ title: 'العنوان بعد التصحيح' }), T1));
    expect(again).toEqual({ id: first.id, created: false });
    expect(expectOk(await listArticles(db))).toHaveLength(1);
    const saved = expectOk(await findByUrl(db, makeArticle().url));
    expect(saved).toMatchObject({ id: first.id, savedAt: T0, title: 'العنوان بعد التصحيح' });
  });

  it('two saves of one URL at the same moment leave one record', async () => {
    const db = openTestDb();
    const results = await Promise.all([saveArticle(db, makeArticle(), T0), saveArticle(db, makeArticle(), T0)]);
    const outcomes = results.map(expectOk);
    expect(outcomes.map((outcome) => outcome.created).sort()).toEqual([false, true]);
    expect(outcomes[0]?.id).toBe(outcomes[1]?.id);
    expect(await db.articles.count()).toBe(1);
    expect(await db.bodies.count()).toBe(1);
  });

  it('two pages (two connections) saving one URL at once leave one record', async () => {
    const name = freshDbName();
    const [pageA, pageB] = [openTestDb(name), openTestDb(name)];
    await Promise.all([saveArticle(pageA, makeArticle(), T0), saveArticle(pageB, makeArticle(), T0)]);
    expect(await pageA.articles.count()).toBe(1);
  });

  it('refuses an article that would not read back, and writes nothing', async () => {
    const db = openTestDb();
    const result = await saveArticle(db, makeArticle({ url: 'not a url' }), T0);
    expect(result).toEqual({ ok: false, error: 'invalid-article' });
    expect(await saveArticle(db, makeArticle(), Number.NaN)).toMatchObject({ ok: false, error: 'invalid-article' });
    expect(await db.articles.count()).toBe(0);
  });

  it('replaces a corrupt record stored under the same URL', async () => {
    const db = openTestDb();
    await db.articles.put({ id: 'broken', url: makeArticle().url, savedAt: T0 } as never);
    const { created } = expectOk(await saveArticle(db, makeArticle(), T1));
    expect(created).toBe(true);
    expect(expectOk(await findByUrl(db, makeArticle().url))?.savedAt).toBe(T1);
    expect(await db.articles.get('broken')).toBeUndefined();
  });
});

describe('deleteArticle', () => {
  it('removes the record and its body, and says whether there was one', async () => {
    const db = openTestDb();
    const { id } = expectOk(await saveArticle(db, makeArticle(), T0));
    expect(expectOk(await deleteArticle(db, id))).toBe(true);
    expect(expectOk(await getArticle(db, id))).toBeNull();
    expect(await db.bodies.count()).toBe(0);
    expect(expectOk(await deleteArticle(db, id))).toBe(false);
  });
});
