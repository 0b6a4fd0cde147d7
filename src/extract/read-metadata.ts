import type { ReadabilityOutput } from './run-readability';

export interface ArticleMetadata {
  title: string;
  byline: string;
  siteName: string;
  publishedTime: string | null;
  leadImage: string;
}

/** An ISO 8601 time from a page's value, or null when it is not a date. */
export function toIsoTime(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const time = Date.parse(trimmed);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function metaContent(doc: Document, selector: string): string {
  return doc.querySelector(selector)?.getAttribute('content')?.trim() ?? '';
}

/** Title, byline, site, date and lead image, read from the page before Readability changed it. */
export function readMetadata(doc: Document, url: string, found: ReadabilityOutput): ArticleMetadata {
  const siteName = found.siteName || new URL(url).hostname.replace(/^www\./, '');
  return {
    title: found.title,
    byline: found.byline,
    siteName,
    publishedTime: toIsoTime(found.publishedTime),
    leadImage: metaContent(doc, 'meta[property="og:image"], meta[name="twitter:image"]'),
  };
}
