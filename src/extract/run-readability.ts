import { Readability } from '@mozilla/readability';
import { textSimilarity } from '../text/text-similarity';

/** The part of Readability 0.6's internals that Hibr replaces (see `runReadability`). */
interface ReadabilityInternals {
  _textSimilarity: (textA: string, textB: string) => number;
}

/** What Readability found, in the project's strict types: the boundary where its nulls end. */
export interface ReadabilityOutput {
  title: string;
  byline: string;
  siteName: string;
  publishedTime: string;
  excerpt: string;
  lang: string;
  dir: string;
  /** The article's element, in the document Readability was given. */
  content: HTMLElement;
}

/**
 * Runs Readability on `clone`, which it changes: callers pass a copy of the page, never the live one.
 * The serializer hands back the element itself, which saves serializing and parsing the article again.
 */
export function runReadability(clone: Document): ReadabilityOutput | null {
  const reader = new Readability<HTMLElement>(clone, {
    keepClasses: false,
    serializer: (element) => element as HTMLElement,
  });
  // Readability tokenizes with `\W+`, which finds no word in Arabic, so it never sees that an
  // Arabic heading repeats the headline and shows the headline twice. Same measure, Arabic tokens.
  (reader as unknown as ReadabilityInternals)._textSimilarity = textSimilarity;
  const parsed = reader.parse();
  if (!parsed?.content) return null;
  return {
    title: parsed.title ?? '',
    byline: parsed.byline ?? '',
    siteName: parsed.siteName ?? '',
    publishedTime: parsed.publishedTime ?? '',
    excerpt: parsed.excerpt ?? '',
    lang: parsed.lang ?? '',
    dir: parsed.dir ?? '',
    content: parsed.content,
  };
}
