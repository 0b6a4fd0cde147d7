import { Readability } from '@mozilla/readability';
import { textBlocks } from '../extract/text-blocks';
import type { ExtractionOutcome } from './score-case';

/**
 * Plain `@mozilla/readability` with its default options, as a baseline: it changes `document`, so
 * pass a fresh one. Its `textContent` runs all blocks together, so its `content` HTML is parsed
 * again and split into blocks the way Hibr's text is.
 */
export function runBareReadability(document: Document): ExtractionOutcome {
  const window = document.defaultView;
  if (!window) throw new Error('runBareReadability needs a document that has a window');
  const parsed = new Readability(document).parse();
  if (!parsed?.content) return { error: 'not-an-article' };
  const body = new window.DOMParser().parseFromString(parsed.content, 'text/html').body;
  return {
    text: textBlocks(body).join('\n'),
    title: parsed.title ?? '',
    publishedTime: parsed.publishedTime ?? null,
    lang: parsed.lang ?? '',
    dir: parsed.dir ?? '',
  };
}
