import { countWords } from './reading-time';

/** A block of at least this many words is prose; headlines, teasers' titles and menu items are shorter. */
const PROSE_BLOCK_WORDS = 25;
/** An article has at least this many words of prose (a one-paragraph news flash has about 30). */
const MIN_PROSE_WORDS = 25;
/**
 * At least this share of the text is prose in an article. Measured on real pages: articles 0.59–1.0,
 * even with Readability's leftovers; a home page 0.0 and a search-results page 0.24, whose text is
 * headlines and one-line teasers.
 */
const MIN_PROSE_SHARE = 0.4;

/** Whether the blocks Readability chose read as an article rather than an index of other pages. */
export function looksLikeArticle(blocks: readonly string[]): boolean {
  let proseWords = 0;
  let allWords = 0;
  for (const block of blocks) {
    const words = countWords(block);
    allWords += words;
    if (words >= PROSE_BLOCK_WORDS) proseWords += words;
  }
  return proseWords >= MIN_PROSE_WORDS && proseWords >= allWords * MIN_PROSE_SHARE;
}
