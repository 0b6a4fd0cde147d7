import type { Article, ExtractResult } from './types';

const STRING_FIELDS = ['url', 'title', 'byline', 'siteName', 'lang', 'excerpt', 'leadImage', 'html', 'text'] as const;

/** Pages an article may come from: the web, or a file the user opened. */
const PAGE_URL = /^(?:https?|file):\/\//i;

/** A lead image is a web image or nothing. */
const IMAGE_URL = /^https?:\/\//i;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/**
 * An Article from a value that crossed a boundary (a script's result, a stored record), or null
 * when any field is missing or of the wrong type. Never trusts the shape it is given.
 */
export function parseArticle(value: unknown): Article | null {
  if (!isRecord(value)) return null;
  for (const field of STRING_FIELDS) if (typeof value[field] !== 'string') return null;
  if (value.dir !== 'rtl' && value.dir !== 'ltr') return null;
  if (value.publishedTime !== null && typeof value.publishedTime !== 'string') return null;
  if (!isCount(value.wordCount) || !isCount(value.readingMinutes)) return null;
  if (!PAGE_URL.test(value.url as string) || !URL.canParse(value.url as string)) return null;
  if (value.leadImage !== '' && !IMAGE_URL.test(value.leadImage as string)) return null;
  const article: Article = {
    url: value.url as string,
    title: value.title as string,
    byline: value.byline as string,
    siteName: value.siteName as string,
    publishedTime: value.publishedTime as string | null,
    lang: value.lang as string,
    dir: value.dir,
    excerpt: value.excerpt as string,
    leadImage: value.leadImage as string,
    html: value.html as string,
    text: value.text as string,
    wordCount: value.wordCount,
    readingMinutes: value.readingMinutes,
  };
  return article;
}

/** The extraction script's answer, checked: an Article, an error the script may give, or null. */
export function parseExtractResult(value: unknown): ExtractResult | null {
  if (isRecord(value) && (value.error === 'not-an-article' || value.error === 'too-large')) {
    return value.hasFrames === true ? { error: value.error, hasFrames: true } : { error: value.error };
  }
  return parseArticle(value);
}
