import type { LibraryPort } from '../popup/ports';
import { sanitizeArticle } from '../sanitize/sanitize-article';
import { openLibraryDb, type LibraryDb } from '../storage/library-db';
import { findByUrl, getArticle, listArticles } from '../storage/read-library';
import { deleteArticle, saveArticle } from '../storage/write-library';

/**
 * The library as the pages use it, in the page of `window`. Reads that fail show as empty (the page
 * says the article is not there); a failed save comes back as the error the page explains. What is
 * saved is sanitized first: the extraction hands over the page's markup as it found it.
 */
export function createLibraryPort(db: LibraryDb, window: Window, now: () => number = Date.now): LibraryPort {
  return {
    save: async (article) => {
      const result = await saveArticle(db, sanitizeArticle(article, window), now());
      if (result.ok) return { ok: true, id: result.value.id };
      return { ok: false, error: result.error === 'quota-exceeded' ? 'quota-exceeded' : 'storage-failed' };
    },
    findIdByUrl: async (url) => {
      const result = await findByUrl(db, url);
      return result.ok ? result.value?.id : undefined;
    },
    list: async () => {
      const result = await listArticles(db);
      return result.ok ? result.value : [];
    },
    get: async (id) => {
      const result = await getArticle(db, id);
      return result.ok ? (result.value ?? undefined) : undefined;
    },
    remove: async (id) => (await deleteArticle(db, id)).ok,
  };
}

/** The extension's own library, as the pages use it. */
export function openLibraryPort(): LibraryPort {
  return createLibraryPort(openLibraryDb(), window);
}
