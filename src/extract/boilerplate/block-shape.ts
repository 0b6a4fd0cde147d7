import { countWords } from '../reading-time';
import { isBlockElement, textBlocks } from '../text-blocks';

/** `NodeFilter.SHOW_ELEMENT`, spelled out: the command line has no `NodeFilter` global. */
const SHOW_ELEMENT = 0x1;

const WHITE_SPACE = /\s+/g;

/** The visible text of `element` with white space collapsed. */
export function collapsedText(element: Element): string {
  return (element.textContent ?? '').replace(WHITE_SPACE, ' ').trim();
}

/**
 * The text of `element` as a reader sees it: its blocks and lines joined by a space. Unlike
 * `textContent`, «<p>المقال السابق</p><p>عنوان</p>» reads «المقال السابق عنوان», not «…السابقعنوان».
 */
export function blockText(element: Element): string {
  return textBlocks(element).join(' ');
}

/** Characters of link text in `element` (the element itself may be the link). */
export function linkTextLength(element: Element): number {
  const links = element.tagName === 'A' ? [element] : Array.from(element.querySelectorAll('a'));
  return links.reduce((sum, link) => sum + collapsedText(link).length, 0);
}

/** Share of `element`'s text that is link text, from 0 to 1 (0 for an element with no text). */
export function linkShare(element: Element): number {
  const length = collapsedText(element).length;
  return length === 0 ? 0 : Math.min(1, linkTextLength(element) / length);
}

/** Words of `element`'s text that are not inside a link. */
export function nonLinkWords(element: Element): number {
  const links = element.tagName === 'A' ? [element] : Array.from(element.querySelectorAll('a'));
  const linked = links.reduce((sum, link) => sum + countWords(link.textContent ?? ''), 0);
  return Math.max(0, countWords(element.textContent ?? '') - linked);
}

/** True when `element` holds no block element: its text reads as one paragraph. */
export function isLeafBlock(element: Element): boolean {
  const walker = element.ownerDocument.createTreeWalker(element, SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (isBlockElement(node)) return false;
  }
  return true;
}

/**
 * True when an inline element stands on a line of its own: nothing but white space, line breaks
 * and blocks beside it. `<b>إعلان</b>` (i'lan, "advertisement") alone on its line is a label; in
 * the middle of a sentence it is a word.
 */
export function standsAlone(element: Element): boolean {
  const parent = element.parentNode;
  if (!parent) return false;
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    const besideIt =
      node === element ||
      (node.nodeType === 3 && (node.nodeValue ?? '').trim() === '') ||
      node.nodeType === 8 ||
      (node.nodeType === 1 && (isBlockElement(node) || (node as Element).tagName === 'BR'));
    if (!besideIt) return false;
  }
  return true;
}

/** Blocks that can hold a paragraph of the article. */
export const PROSE_BLOCKS = 'p, li, blockquote, pre, dd, td';
/** A paragraph: this many words outside links, or half as many ending a sentence. */
const PARAGRAPH_WORDS = 20;
const SENTENCE_WORDS = 10;
/** «.» «!» «?» «؟» (Arabic question mark) «۔» (Urdu full stop) «…», before closing quotes or brackets. */
const SENTENCE_END = /[.!?\u061F\u06D4\u2026]["'»”)\]]*$/u;

/** True for a block of article prose, with `words` outside links, rather than a headline, a label or a line of links. */
function isParagraph(block: Element, words: number): boolean {
  return words >= PARAGRAPH_WORDS || (words >= SENTENCE_WORDS && SENTENCE_END.test(collapsedText(block)));
}

/** A paragraph and its words outside links. */
export interface Paragraph {
  block: Element;
  words: number;
}

/**
 * The paragraphs of `element` (itself included), innermost blocks only, so none counts twice, each
 * with its words outside links. A block holds another exactly when the next block in document
 * order is inside it, so one query finds the innermost ones.
 */
export function paragraphsWithWords(element: Element): Paragraph[] {
  const blocks = Array.from(element.querySelectorAll(PROSE_BLOCKS));
  if (element.matches(PROSE_BLOCKS)) blocks.unshift(element);
  const paragraphs: Paragraph[] = [];
  blocks.forEach((block, index) => {
    const next = blocks[index + 1];
    if (next && block.contains(next)) return;
    const words = nonLinkWords(block);
    if (isParagraph(block, words)) paragraphs.push({ block, words });
  });
  return paragraphs;
}

/** The paragraphs of `element` (itself included), innermost blocks only, so none counts twice. */
export function paragraphsIn(element: Element): Element[] {
  return paragraphsWithWords(element).map((paragraph) => paragraph.block);
}
