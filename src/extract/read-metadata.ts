import { findByline } from './metadata/clean-byline';
import { pickTitle } from './metadata/clean-title';
import { findPublishedTime } from './metadata/published-time';
import { findSiteName } from './metadata/site-name';
import type { ReadabilityOutput } from './run-readability';

export interface ArticleMetadata {
  title: string;
  byline: string;
  siteName: string;
  publishedTime: string | null;
  leadImage: string;
}

function metaContent(doc: Document, selector: string): string {
  return doc.querySelector(selector)?.getAttribute('content')?.trim() ?? '';
}

/**
 * Title, byline, site, date and lead image, read from the page as it was (Readability changes its
 * copy), with Readability's findings as hints.
 */
export function readMetadata(doc: Document, url: string, found: ReadabilityOutput, now?: Date): ArticleMetadata {
  const siteName = findSiteName(doc, url, found.siteName);
  return {
    title: pickTitle(doc, found.title, siteName),
    byline: findByline(doc, found.byline),
    siteName,
    publishedTime: findPublishedTime(doc, found.publishedTime, now),
    leadImage: metaContent(doc, 'meta[property="og:image"], meta[name="twitter:image"]'),
  };
}
