import { Readability } from '@mozilla/readability';
import type { ExtractResult } from '../../src/extract/types';

const WHITE_SPACE = /\s+/;
/** English's reading speed: bare Readability knows nothing of the language. */
const WORDS_PER_MINUTE = 228;

/**
 * The extraction of the bench's reference build (`wxt build --mode bench-bare`, which puts this
 * module in place of `src/extract/extract-article`): bare Readability on a copy of the live page,
 * with its fields passed on as an Article and nothing of Hibr's own. The popup that shows it is
 * Hibr's, so the two builds differ only in what the tab runs, and the bench can time Hibr's popup
 * against what a popup built on bare Readability takes on the same machine in the same run.
 */
export function extractArticle(document: Document, url: string): ExtractResult {
  const parsed = new Readability(document.cloneNode(true) as Document).parse();
  if (!parsed?.content) return { error: 'not-an-article' };
  const text = parsed.textContent ?? '';
  const wordCount = text.split(WHITE_SPACE).filter(Boolean).length;
  return {
    url,
    title: parsed.title ?? '',
    byline: parsed.byline ?? '',
    siteName: parsed.siteName ?? '',
    publishedTime: parsed.publishedTime ?? null,
    lang: parsed.lang ?? 'und',
    dir: parsed.dir === 'rtl' ? 'rtl' : 'ltr',
    excerpt: parsed.excerpt ?? '',
    leadImage: '',
    html: parsed.content,
    text,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
  };
}
