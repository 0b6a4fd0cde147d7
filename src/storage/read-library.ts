import type { LibraryDb } from './library-db';
import { parseArticleRow, parseSavedArticle } from './parse-saved-article';
import { toSummary, type ArticleRow, type SavedArticle, type SavedArticleSummary } from './saved-article';
import { runStorage, type StorageResult } from './storage-result';

/**
 * The library newest first, as the list shows it. Reads the `articles` table only, never the bodies;
 * a record that fails the check is left out rather than breaking the whole list.
 */
export async function listArticles(db: LibraryDb): Promise<StorageResult<SavedArticleSummary[]>> {
  return runStorage(async () => {
    const rows = await db.articles.orderBy('savedAt').reverse().toArray();
    return rows.flatMap((stored) => {
      const row = parseArticleRow(stored);
      return row === null ? [] : [toSummary(row)];
    });
  });
}

/** One saved article with its body, or null when there is none or it cannot be read. */
export async function getArticle(db: LibraryDb, id: string): Promise<StorageResult<SavedArticle | null>> {
  return runStorage(() =>
    db.transaction('r', db.articles, db.bodies, async () => withBody(db, await db.articles.get(id))),
  );
}

/** The saved article with this canonical URL (as extraction gives it), or null. */
export async function findByUrl(db: LibraryDb, url: string): Promise<StorageResult<SavedArticle | null>> {
  return runStorage(() =>
    db.transaction('r', db.articles, db.bodies, async () =>
      withBody(db, await db.articles.where('url').equals(url).first()),
    ),
  );
}

/** Joins a row with its body and checks the whole: a row whose body is missing is no article. */
async function withBody(db: LibraryDb, row: ArticleRow | undefined): Promise<SavedArticle | null> {
  if (row === undefined) return null;
  const body = await db.bodies.get(row.id);
  return parseSavedArticle({ ...row, html: body?.html, text: body?.text });
}
