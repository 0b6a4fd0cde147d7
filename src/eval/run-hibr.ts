import { extractArticle } from '../extract/extract-article';
import { isArticle } from '../extract/types';
import type { ExtractionOutcome } from './score-case';

/** Hibr's own pipeline on `document`, reduced to the fields the corpus measures. */
export function runHibr(document: Document, url: string): ExtractionOutcome {
  const result = extractArticle(document, url);
  if (!isArticle(result)) return { error: result.error };
  return {
    text: result.text,
    title: result.title,
    publishedTime: result.publishedTime,
    lang: result.lang,
    dir: result.dir,
  };
}
