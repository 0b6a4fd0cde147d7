import { parseArticle } from '../extract/parse-article';
import { SAVED_ARTICLE_VERSION, splitSavedArticle, type ArticleRow, type SavedArticle } from './saved-article';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * A SavedArticle from a value read back from the library, or null when anything about it is off:
 * stored data was written by another build, an import or a bug, so it is checked like any input.
 * A record of another schemaVersion is refused too: the database upgrade should have rewritten it.
 */
export function parseSavedArticle(value: unknown): SavedArticle | null {
  if (!isRecord(value)) return null;
  const article = parseArticle(value);
  const { id, savedAt, schemaVersion } = value;
  if (article === null || typeof id !== 'string' || id === '') return null;
  if (typeof savedAt !== 'number' || !Number.isFinite(savedAt) || savedAt < 0) return null;
  if (schemaVersion !== SAVED_ARTICLE_VERSION) return null;
  return { ...article, id, savedAt, schemaVersion };
}

/** An `articles` row read back, checked as a SavedArticle without the body it does not carry. */
export function parseArticleRow(value: unknown): ArticleRow | null {
  if (!isRecord(value)) return null;
  const saved = parseSavedArticle({ ...value, html: '', text: '' });
  return saved === null ? null : splitSavedArticle(saved).row;
}
