import { parseArticle } from '../extract/parse-article';
import type { Article } from '../extract/types';
import type { LibraryDb } from './library-db';
import { parseArticleRow } from './parse-saved-article';
import { SAVED_ARTICLE_VERSION, splitSavedArticle, type SavedArticle } from './saved-article';
import { runStorage, type StorageResult } from './storage-result';

export interface SaveOutcome {
  id: string;
  /** False when the URL was already in the library and its record was refreshed. */
  created: boolean;
}

/**
 * Saves `article` under its canonical URL. Saving a URL again keeps its id and savedAt (its place in
 * the list, and links to it) and refreshes the content, which the site may have corrected since.
 *
 * Everything happens in one read-write transaction over both tables. IndexedDB runs overlapping
 * read-write transactions one after another, even from two pages, so two saves of one URL at the
 * same moment leave one record; and a failure part-way (a full quota) leaves nothing half-written.
 */
export async function saveArticle(db: LibraryDb, article: Article, now: number): Promise<StorageResult<SaveOutcome>> {
  // Checked before writing: a record that fails the check on reading would be saved only to vanish.
  const checked = parseArticle(article);
  if (checked === null || !Number.isFinite(now) || now < 0) return { ok: false, error: 'invalid-article' };
  return runStorage(() =>
    db.transaction('rw', db.articles, db.bodies, async () => {
      const stored = await db.articles.where('url').equals(checked.url).first();
      const previous = parseArticleRow(stored);
      // A corrupt record under this URL would block the unique index; the fresh copy replaces it.
      if (stored !== undefined && previous === null) await removeArticle(db, stored.id);
      const saved: SavedArticle = {
        ...checked,
        id: previous?.id ?? crypto.randomUUID(),
        savedAt: previous?.savedAt ?? now,
        schemaVersion: SAVED_ARTICLE_VERSION,
      };
      const { row, body } = splitSavedArticle(saved);
      await db.articles.put(row);
      await db.bodies.put(body);
      return { id: saved.id, created: previous === null };
    }),
  );
}

async function removeArticle(db: LibraryDb, id: string): Promise<void> {
  await Promise.all([db.articles.delete(id), db.bodies.delete(id)]);
}

/** Removes an article with its body; the value says whether there was one. */
export async function deleteArticle(db: LibraryDb, id: string): Promise<StorageResult<boolean>> {
  return runStorage(() =>
    db.transaction('rw', db.articles, db.bodies, async () => {
      const existed = (await db.articles.where('id').equals(id).count()) > 0;
      await removeArticle(db, id);
      return existed;
    }),
  );
}
