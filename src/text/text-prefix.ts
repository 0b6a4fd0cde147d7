/**
 * Questions about an element's text that its start can answer: whether it has more than so many
 * words, whether it is blank, what it is when it is short. Building `textContent` costs as much as
 * the element's whole subtree, which for a page column or the article itself is most of the page,
 * and the rules ask such questions of every ancestor of a field or a figure.
 */
import { countWords } from '../extract/reading-time';

/** `NodeFilter.SHOW_TEXT | SHOW_CDATA_SECTION`, spelled out: the command line has no `NodeFilter` global. */
const SHOW_TEXT = 0x4 | 0x8;
/** Characters read first; each further read takes four times as many. */
const FIRST_READ = 256;
const WHITE_SPACE = /\s+/g;
const NOT_SPACE = /\S/;

/**
 * The start of `node.textContent`: all of it, or a prefix at least `minLength` characters long
 * (text nodes are taken whole).
 */
export function textStart(node: Node, minLength: number): string {
  if (node.nodeType !== 1 && node.nodeType !== 11) return node.textContent ?? '';
  const doc = node.ownerDocument ?? (node as Document);
  const walker = doc.createTreeWalker(node, SHOW_TEXT);
  let text = '';
  for (let piece = walker.nextNode(); piece && text.length < minLength; piece = walker.nextNode()) {
    text += piece.nodeValue ?? '';
  }
  return text;
}

/**
 * Reads longer and longer starts of `node`'s text until `enough` answers for the start read, or
 * the whole text is read. `enough` must be monotone: once true for a start, true for any longer one.
 */
function readUntil(node: Node, enough: (start: string) => boolean): { text: string; whole: boolean } {
  for (let length = FIRST_READ; ; length *= 4) {
    const text = textStart(node, length);
    const whole = text.length < length;
    if (whole || enough(text)) return { text, whole };
  }
}

/**
 * `countWords(node.textContent) > limit`, reading only as far as it takes: a start of a text never
 * has more words than the whole (a word cut at the end still counts once).
 */
export function wordsExceed(node: Node, limit: number): boolean {
  return countWords(readUntil(node, (start) => countWords(start) > limit).text) > limit;
}

/** `node.textContent` is empty or white space only (what `collapsedText(node) === ''` asks). */
export function isBlank(node: Node): boolean {
  if (node.nodeType !== 1 && node.nodeType !== 11) return !NOT_SPACE.test(node.textContent ?? '');
  const doc = node.ownerDocument ?? (node as Document);
  const walker = doc.createTreeWalker(node, SHOW_TEXT);
  for (let piece = walker.nextNode(); piece; piece = walker.nextNode()) {
    if (NOT_SPACE.test(piece.nodeValue ?? '')) return false;
  }
  return true;
}

function collapse(text: string): string {
  return text.replace(WHITE_SPACE, ' ').trim();
}

/**
 * `node`'s text with white space collapsed and trimmed, or null when that is longer than
 * `maxLength`. A start collapsed is never longer than the whole collapsed.
 */
export function shortCollapsedText(node: Node, maxLength: number): string | null {
  const { text, whole } = readUntil(node, (start) => collapse(start).length > maxLength);
  const collapsed = collapse(text);
  return whole && collapsed.length <= maxLength ? collapsed : null;
}

/**
 * `node`'s text trimmed, or null when that is longer than `maxLength`. Once a start has this many
 * characters from its first non-space one to its last, so has the whole text trimmed.
 */
export function shortTrimmedText(node: Node, maxLength: number): string | null {
  const { text, whole } = readUntil(node, (start) => start.trim().length > maxLength);
  const trimmed = text.trim();
  return whole && trimmed.length <= maxLength ? trimmed : null;
}
