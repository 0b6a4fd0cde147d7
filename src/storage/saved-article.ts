import type { Article } from '../extract/types';

/**
 * Shape version of a stored article record. Bump it only when the fields change, together with a row
 * upgrade in library-schema.ts; an export file carries it so an import can run the same upgrades.
 */
export const SAVED_ARTICLE_VERSION = 1;

/** An article in the library: the extracted Article plus what saving adds. */
export interface SavedArticle extends Article {
  /** A random UUID: it stays valid when libraries from two devices are merged, where counters would collide. */
  id: string;
  /** When the user first saved this URL, in epoch ms; saving it again keeps it. */
  savedAt: number;
  schemaVersion: number;
}

/** Everything but the heavy fields: one row of the `articles` table, which lists and lookups by URL read. */
export type ArticleRow = Omit<SavedArticle, 'html' | 'text'>;

/** The heavy fields, in the `bodies` table, so listing thousands of articles never reads their HTML. */
export type ArticleBody = Pick<SavedArticle, 'id' | 'html' | 'text'>;

/** What a list of the library shows. */
export type SavedArticleSummary = Pick<
  SavedArticle,
  'id' | 'url' | 'title' | 'siteName' | 'savedAt' | 'readingMinutes' | 'lang' | 'dir'
>;

export function splitSavedArticle(saved: SavedArticle): { row: ArticleRow; body: ArticleBody } {
  const { html, text, ...row } = saved;
  return { row, body: { id: saved.id, html, text } };
}

export function toSummary(row: ArticleRow): SavedArticleSummary {
  const { id, url, title, siteName, savedAt, readingMinutes, lang, dir } = row;
  return { id, url, title, siteName, savedAt, readingMinutes, lang, dir };
}
