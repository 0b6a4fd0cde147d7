import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { findByUrl, getArticle, listArticles } from '../../../src/storage/read-library';
import { saveArticle } from '../../../src/storage/write-library';
import { expectOk, makeArticle, openTestDb } from './library-fixtures';

const T0 = Date.UTC(2024, 4, 1, 9);

beforeEach(() => fakeBrowser.reset());

describe('listArticles', () => {
  it('lists newest first with only what the list shows', async () => {
    const db = openTestDb();
    await saveArticle(db, makeArticle({ url: 'https://www.hespress.com/a-1.html', title: 'الأقدم' }), T0);
    await saveArticle(db, makeArticle({ url: 'https://www.youm7.com/story/2', title: 'الأحدث' }), T0 + 2000);
    await saveArticle(db, makeArticle({ url: 'https://www.bbc.com/arabic/3', title: 'الأوسط' }), T0 + 1000);
    const list = expectOk(await listArticles(db));
    expect(list.map((item) => item.title)).toEqual(['الأحدث', 'الأوسط', 'الأقدم']);
    expect(Object.keys(list[0] ?? {}).sort()).toEqual(
      ['dir', 'id', 'lang', 'readingMinutes', 'savedAt', 'siteName', 'title', 'url'].sort(),
    );
  });

  it('never reads the bodies: the rows it reads hold no html', async () => {
    const db = openTestDb();
    await saveArticle(db, makeArticle(), T0);
    const [row] = await db.articles.toArray();
    expect(row).not.toHaveProperty('html');
    expect(row).not.toHaveProperty('text');
  });

  it('skips a corrupt record and lists the rest', async () => {
    const db = openTestDb();
    await saveArticle(db, makeArticle(), T0);
    await db.articles.put({ id: 'corrupt', url: 'https://example.com/x', savedAt: T0 + 1, dir: 'sideways' } as never);
    const list = expectOk(await listArticles(db));
    expect(list.map((item) => item.url)).toEqual([makeArticle().url]);
  });
});

describe('getArticle and findByUrl', () => {
  it('return the whole article, body included', async () => {
    const db = openTestDb();
    const { id } = expectOk(await saveArticle(db, makeArticle(), T0));
    expect(expectOk(await getArticle(db, id))?.html).toBe(makeArticle().html);
    expect(expectOk(await findByUrl(db, makeArticle().url))?.id).toBe(id);
  });

  it('return null for what is not there', async () => {
    const db = openTestDb();
    expect(expectOk(await getArticle(db, 'no-such-id'))).toBeNull();
    expect(expectOk(await findByUrl(db, 'https://example.com/none'))).toBeNull();
  });

  it('return null for a record whose body is missing', async () => {
    const db = openTestDb();
    const { id } = expectOk(await saveArticle(db, makeArticle(), T0));
    await db.bodies.delete(id);
    expect(expectOk(await getArticle(db, id))).toBeNull();
  });
});
