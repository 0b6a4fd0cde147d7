import { countWords } from './reading-time';

/** Words a stand-in title keeps: about one line of the Saved list. */
const TITLE_WORDS = 12;
/** A run of white space, the only place a stand-in title is cut. */
const SPACE = /\s+/;

/**
 * A title for a page that gives none (no `<title>`, no headline): the start of its first block, cut
 * between words, so the Saved list and the reader still have something to show.
 */
export function fallbackTitle(blocks: readonly string[]): string {
  const first = blocks.find((block) => countWords(block) > 0) ?? '';
  const words = first.split(SPACE);
  return words.length <= TITLE_WORDS ? first : `${words.slice(0, TITLE_WORDS).join(' ')}…`;
}
