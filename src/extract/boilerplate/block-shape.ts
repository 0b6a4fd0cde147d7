import { countWords } from '../reading-time';
import { isBlockElement, textBlocks } from '../text-blocks';

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
  return !Array.from(element.querySelectorAll('*')).some(isBlockElement);
}

/**
 * True when an inline element stands on a line of its own: nothing but white space, line breaks
 * and blocks beside it. `<b>إعلان</b>` (i'lan, "advertisement") alone on its line is a label; in
 * the middle of a sentence it is a word.
 */
export function standsAlone(element: Element): boolean {
  const parent = element.parentNode;
  if (!parent) return false;
  return Array.from(parent.childNodes).every(
    (node) =>
      node === element ||
      (node.nodeType === 3 && (node.nodeValue ?? '').trim() === '') ||
      node.nodeType === 8 ||
      (node.nodeType === 1 && (isBlockElement(node) || (node as Element).tagName === 'BR')),
  );
}

/** Blocks that can hold a paragraph of the article. */
export const PROSE_BLOCKS = 'p, li, blockquote, pre, dd, td';
/** A paragraph: this many words outside links, or half as many ending a sentence. */
const PARAGRAPH_WORDS = 20;
const SENTENCE_WORDS = 10;
/** «.» «!» «?» «؟» (Arabic question mark) «۔» (Urdu full stop) «…», before closing quotes or brackets. */
const SENTENCE_END = /[.!?\u061F\u06D4\u2026]["'»”)\]]*$/u;

/** True for a block of article prose rather than a headline, a label or a line of links. */
export function isParagraph(block: Element): boolean {
  const words = nonLinkWords(block);
  return words >= PARAGRAPH_WORDS || (words >= SENTENCE_WORDS && SENTENCE_END.test(collapsedText(block)));
}

/** The paragraphs of `element` (itself included), innermost blocks only, so none counts twice. */
export function paragraphsIn(element: Element): Element[] {
  return [element, ...Array.from(element.querySelectorAll(PROSE_BLOCKS))].filter(
    (block) => block.matches(PROSE_BLOCKS) && !block.querySelector(PROSE_BLOCKS) && isParagraph(block),
  );
}
