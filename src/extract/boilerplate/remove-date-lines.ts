import { wordTokens } from '../../text/normalize-arabic';
import { LETTER, NUMBER, WORD_CLASSES } from '../../text/word-classes';
import { blockText, isLeafBlock, paragraphsIn, standsAlone } from './block-shape';
import { DATE_LINE_TOKENS } from './date-words';

/** Letters a unit stuck to a number may have. */
const MAX_UNIT_LETTERS = 3;

/**
 * A number, possibly with a short unit stuck to it: «2024», «7k» (of «401.7K»), «2min», «2024م»;
 * `/^\p{N}+\p{L}{0,3}$/u`, without compiling that pattern.
 */
function isNumberToken(token: string): boolean {
  let index = 0;
  const next = (): number => index + ((token.codePointAt(index) as number) > 0xffff ? 2 : 1);
  while (index < token.length && WORD_CLASSES.at(token, index) & NUMBER) index = next();
  if (index === 0) return false;
  for (let letters = 0; index < token.length; letters += 1) {
    if (letters === MAX_UNIT_LETTERS || (WORD_CLASSES.at(token, index) & LETTER) === 0) return false;
    index = next();
  }
  return true;
}

/** A dateline longer than this many tokens is a sentence that happens to hold a date. */
const MAX_DATE_LINE_TOKENS = 24;
/** Blocks a dateline or an information line sits in; list items and table cells hold data, not furniture. */
const LINE_TAGS = new Set(['DIV', 'P', 'SPAN', 'TIME', 'SMALL', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'DT', 'DD']);

/**
 * True for a line made only of numbers and date, time or counter words, with at least one number:
 * «الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)», «2026-01-08 | 12:42», «3 مارس/ آذار 2024»,
 * «کد خبر : 2020984 | 24 اردیبهشت 1403 ساعت 09:05 | 401.7K بازدید», a lone «0» from a counter.
 * The reader shows the article's date on its own; in the text such a line is noise.
 */
export function isDateLine(text: string): boolean {
  const tokens = wordTokens(text);
  if (tokens.length === 0 || tokens.length > MAX_DATE_LINE_TOKENS) return false;
  let numbers = 0;
  for (const token of tokens) {
    if (isNumberToken(token)) numbers += 1;
    else if (!DATE_LINE_TOKENS.has(token)) return false;
  }
  return numbers > 0;
}

/** `Node.DOCUMENT_POSITION_FOLLOWING`, spelled out: the command line runs this where `Node` is no global. */
const DOCUMENT_POSITION_FOLLOWING = 4;

/** True when `node` comes before `other` in the document. */
function precedes(node: Node, other: Node): boolean {
  return (node.compareDocumentPosition(other) & DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/**
 * Removes from `root` the lines that are only a date, a time or counters, where page furniture
 * sits: before the article's first paragraph or after its last. Between paragraphs such a line
 * is a subheading of a chronology («2019», «3 مارس 2024») and stays.
 */
export function removeDateLines(root: Element): void {
  const paragraphs = paragraphsIn(root);
  const first = paragraphs[0];
  const last = paragraphs.at(-1);
  for (const element of Array.from(root.getElementsByTagName('*'))) {
    if (!root.contains(element) || !LINE_TAGS.has(element.tagName)) continue;
    if (first && last && !precedes(element, first) && !precedes(last, element)) continue;
    const alone = element.tagName === 'SPAN' || element.tagName === 'TIME' || element.tagName === 'SMALL';
    if (alone ? !standsAlone(element) : !isLeafBlock(element)) continue;
    if (isDateLine(blockText(element))) element.remove();
  }
}
