import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { LIBRARY_VERSIONS, upgradeRows, type LibraryVersion } from '../../../src/storage/library-schema';
import { getArticle, listArticles } from '../../../src/storage/read-library';
import { expectOk, freshDbName, openTestDb } from './library-fixtures';

/**
 * Version 1 exactly as it shipped, written with plain Dexie and literal rows: these stay as they are
 * when the code changes, because users' databases do too.
 */
const V1_STORES = { articles: 'id, &url, savedAt', bodies: 'id' };
const V1_ROW = {
  id: '3f2c1a52-8a55-4c1e-9a6e-0c2d2f7b9a11',
  url: 'https://www.hespress.com/economie/123.html',
  title: 'الحكومة تعلن خطة جديدة للطاقة',
  byline: 'هسبريس',
  siteName: 'هسبريس',
  publishedTime: '2024-03-02T10:00:00.000Z',
  lang: 'ar',
  dir: 'rtl',
  excerpt: 'أعلنت الحكومة خطة جديدة.',
  leadImage: '',
  wordCount: 420,
  readingMinutes: 2,
  savedAt: 1_709_373_600_000,
  schemaVersion: 1,
};
const V1_BODY = { id: V1_ROW.id, html: '<p>أعلنت الحكومة خطة جديدة.</p>', text: 'أعلنت الحكومة خطة جديدة.' };
/** Half a record, as a crash or an old bug could leave one. */
const V1_CORRUPT_ROW = { id: 'corrupt', url: 'https://example.com/broken', savedAt: 1 };

async function writeRawV1(name: string): Promise<void> {
  const raw = new Dexie(name);
  raw.version(1).stores(V1_STORES);
  await raw.table('articles').bulkPut([V1_ROW, V1_CORRUPT_ROW]);
  await raw.table('bodies').put(V1_BODY);
  raw.close();
}

beforeEach(() => fakeBrowser.reset());

describe('a version 1 database', () => {
  it('reads with the current code, and its corrupt record is skipped', async () => {
    const name = freshDbName();
    await writeRawV1(name);
    const db = openTestDb(name);
    expect(expectOk(await listArticles(db)).map((item) => item.id)).toEqual([V1_ROW.id]);
    expect(expectOk(await getArticle(db, V1_ROW.id))).toEqual({ ...V1_ROW, ...V1_BODY });
    expect(expectOk(await getArticle(db, V1_CORRUPT_ROW.id))).toBeNull();
  });

  // The mechanism a real version 2 will use, shown with a stand-in upgrade that marks the site name.
  it('is upgraded row by row when a later version is declared, leaving unreadable rows alone', async () => {
    const name = freshDbName();
    await writeRawV1(name);
    const v2: LibraryVersion = {
      version: 2,
      stores: { articles: 'id, &url, savedAt, siteName' },
      upgrade: (tx) =>
        upgradeRows(tx, 'articles', (row) =>
          typeof row === 'object' && row !== null && 'title' in row ? { ...row, siteName: 'upgraded' } : null,
        ),
    };
    const db = openTestDb(name, [...LIBRARY_VERSIONS, v2]);
    expect(expectOk(await getArticle(db, V1_ROW.id))?.siteName).toBe('upgraded');
    expect(db.verno).toBe(2);
    expect(await db.articles.where('siteName').equals('upgraded').count()).toBe(1);
    expect(await db.articles.get(V1_CORRUPT_ROW.id)).toEqual(V1_CORRUPT_ROW);
  });
});
