/**
 * Dates the page shows rather than declares: <time> elements and itemprop=datePublished, then short
 * texts next to the headline. Each function returns raw values, best first, for the caller to parse.
 */
import { shortCollapsedText } from '../../text/text-prefix';
import { elementsUnder } from '../boilerplate/elements-under';
import { attributeHasToken } from './attribute-match';
import { metaValues, readMetaTags, type MetaTags } from './meta-tags';
import { nameKey } from './name-match';

/** Class, id or itemprop of an element that holds the publication date: «entry-date», «pubdate», «date published». */
const PUBLISHED_HINT = /publish|pubdate|posted|entry-date|article-date|story-date|dateline/i;
/** … and of one that holds another date: «updated», «dateModified», «last-edit». */
const OTHER_DATE_HINT = /modif|updat|edit/i;
/** A digit of any script: a text without one holds no date. */
const DIGIT = /\p{Nd}/u;
const MAX_TIME_ELEMENTS = 200;
/** How far around the headline to look for a written date, in elements, and how long such a text is. */
const ELEMENTS_AFTER_HEADLINE = 150;
const ELEMENTS_BEFORE_HEADLINE = 30;
const MAX_DATE_TEXT_LENGTH = 120;
const SHOW_ELEMENT = 0x1;
const MAX_HEADINGS = 10;
/** A headline's text is at least this long once reduced: shorter h1s are logos («CNN»). */
const MIN_HEADLINE_KEY_LENGTH = 8;
const NOT_ARTICLE_PART = 'footer, nav, aside';
/** Picture captions carry the photo's date («… غلاسكو - 2 مارس/آذار 2024» under BBC's picture), not the article's. */
const CAPTION_TAGS = new Set(['figcaption', 'figure']);
/** Elements whose text is not shown: code, styles, fallbacks, templates. */
const UNSHOWN_TAGS = new Set(['script', 'style', 'noscript', 'template']);

function hints(element: Element): string {
  return [element.getAttribute('class'), element.id, element.getAttribute('itemprop')].join(' ');
}

function score(element: Element): number {
  const own = hints(element);
  if (OTHER_DATE_HINT.test(own) && !PUBLISHED_HINT.test(own)) return -1;
  if (element.closest(`${NOT_ARTICLE_PART}, [role="complementary"]`)) return -1;
  let total = PUBLISHED_HINT.test(own) ? 2 : 0;
  if (element.closest('article, header, main, [itemprop="articleBody"]')) total += 1;
  return total;
}

function elementValue(element: Element): string {
  return element.getAttribute('datetime') ?? element.getAttribute('content') ?? element.textContent ?? '';
}

/** `time[datetime], [itemprop~="datePublished"]:not(meta)`, checked on each element. */
function isDateElement(element: Element): boolean {
  if (element.localName === 'time' && element.hasAttribute('datetime')) return true;
  return element.localName !== 'meta' && attributeHasToken(element, 'itemprop', 'datePublished');
}

/** Values of <time datetime> and itemprop=datePublished elements, the likeliest publication date first. */
export function timeElementDates(doc: Document): string[] {
  const elements = elementsUnder(doc, isDateElement);
  return elements
    .slice(0, MAX_TIME_ELEMENTS)
    .map((element, order) => ({ element, order, score: score(element) }))
    .filter((entry) => entry.score >= 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((entry) => elementValue(entry.element));
}

/**
 * The headline element: the first h1 (or itemprop=headline) whose text is in the document title or
 * og:title, else the first outside footer and navigation. Sites also use h1 for a logo or a copyright
 * line («© الحقوق محفوظة …» in akhbarelyom's footer).
 */
function headline(doc: Document, tags: MetaTags): Element | null {
  const candidates = Array.from(doc.querySelectorAll('h1, [itemprop~="headline"]')).slice(0, MAX_HEADINGS);
  const titles = [doc.title, ...metaValues(tags, ['og:title'])]
    .map(nameKey)
    .filter((key) => key.length >= MIN_HEADLINE_KEY_LENGTH);
  const inTitle = candidates.find((element) => {
    const key = nameKey(element.textContent ?? '');
    return key.length >= MIN_HEADLINE_KEY_LENGTH && titles.some((title) => title.includes(key) || key.includes(title));
  });
  return inTitle ?? candidates.find((element) => !element.closest(NOT_ARTICLE_PART)) ?? null;
}

/** `element.closest(…)` is not null, for a selector list of type selectors. */
function inElementNamed(element: Element, names: ReadonlySet<string>): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (names.has(node.localName)) return true;
  }
  return false;
}

/** `element.closest('figcaption, figure, [class*="caption"]')` is not null. */
function inCaption(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (CAPTION_TAGS.has(node.localName) || node.getAttribute('class')?.includes('caption')) return true;
  }
  return false;
}

/**
 * The element's text, white space collapsed, when it is short and has a digit. The text of a long
 * element (the article body after its headline) is read only as far as it takes to see it is long.
 */
function shortText(element: Element): string {
  if (inCaption(element)) return '';
  const text = shortCollapsedText(element, MAX_DATE_TEXT_LENGTH);
  return text !== null && DIGIT.test(text) ? text : '';
}

/**
 * Short texts with digits just after the headline (where sites print the date), then just before it,
 * read one at a time: the caller stops at the first that holds a date, usually the first or second.
 */
export function* textsNearHeadline(doc: Document, tags: MetaTags = readMetaTags(doc)): Generator<string> {
  const start = headline(doc, tags);
  const root = doc.body;
  if (!start || !root) return;
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT);
  walker.currentNode = start;
  for (let seen = 0; seen < ELEMENTS_AFTER_HEADLINE && walker.nextNode(); seen++) {
    const element = walker.currentNode as Element;
    if (start.contains(element) || inElementNamed(element, UNSHOWN_TAGS)) continue;
    const text = shortText(element);
    if (text !== '') yield text;
  }
  walker.currentNode = start;
  for (let seen = 0; seen < ELEMENTS_BEFORE_HEADLINE && walker.previousNode(); seen++) {
    const element = walker.currentNode as Element;
    if (element.contains(start) || inElementNamed(element, UNSHOWN_TAGS)) continue;
    const text = shortText(element);
    if (text !== '') yield text;
  }
}
