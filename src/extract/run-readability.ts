import { Readability } from '@mozilla/readability';
import { isBlank } from '../text/text-prefix';
import { textSimilarity } from '../text/text-similarity';

/** The part of Readability 0.6's internals that Hibr replaces (see `runReadability`). */
interface ReadabilityInternals {
  _textSimilarity: (textA: string, textB: string) => number;
  _isProbablyVisible: (node: Element) => boolean;
  _isValidByline: (node: Element, matchString: string) => boolean;
  _isElementWithoutContent: (node: Node) => boolean;
  REGEXPS: { byline: RegExp };
}

/**
 * Readability 0.6's visibility test, unchanged in what it decides, without reading `node.style`
 * for elements that have no style attribute: building their style object was the dearest part of
 * its first pass over the page, and an element without the attribute has no inline display or
 * visibility to read.
 */
export function isProbablyVisible(node: Element): boolean {
  if (node.hasAttribute('style')) {
    const style = (node as Partial<ElementCSSInlineStyle>).style;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  }
  if (node.hasAttribute('hidden')) return false;
  // Wikimedia's math images are aria-hidden «fallback-image»s that are shown; an SVG's className is no string.
  const { className } = node as { className: unknown };
  return (
    node.getAttribute('aria-hidden') !== 'true' ||
    (typeof className === 'string' && className.includes('fallback-image'))
  );
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
 * Readability 0.6's byline test, deciding the same, with the cheap checks first. Readability runs
 * it on every element of the page until it has a byline, and it read each element's whole text
 * before looking at its attributes: on a page with no byline that is the text of the page read once
 * per element, a third of Readability's time on a long article.
 */
export function isValidByline(node: Element, matchString: string, bylinePattern: RegExp): boolean {
  const itemprop = node.getAttribute('itemprop');
  const named =
    node.getAttribute('rel') === 'author' || (itemprop?.includes('author') ?? false) || bylinePattern.test(matchString);
  if (!named) return false;
  const length = (node.textContent ?? '').trim().length;
  return length > 0 && length < 100;
}

/**
 * Readability 0.6's test for an element with no content (no text, and no children but `<br>` and
 * `<hr>`), deciding the same. It joined the whole text of every `<div>`, `<section>` and heading
 * to see whether it was blank, so nested wrappers had the page's text built once per level;
 * `isBlank` stops at the first text with a letter in it, which answers at once for every element
 * that has text.
 */
export function isElementWithoutContent(node: Node): boolean {
  if (node.nodeType !== 1 || !isBlank(node)) return false;
  const element = node as Element;
  const count = element.children.length;
  return count === 0 || count === element.getElementsByTagName('br').length + element.getElementsByTagName('hr').length;
}

/**
 * Runs Readability on `clone`, which it changes: callers pass a copy of the page, never the live one.
 * The serializer hands back the element itself, which saves serializing and parsing the article again.
 */
export function runReadability(clone: Document): ReadabilityOutput | null {
  const reader = new Readability<HTMLElement>(clone, {
    keepClasses: false,
    // Hibr reads the JSON-LD itself (metadata/json-ld.ts), once for every metadata reader.
    disableJSONLD: true,
    serializer: (element) => element as HTMLElement,
  });
  // Readability tokenizes with `\W+`, which finds no word in Arabic, so it never sees that an
  // Arabic heading repeats the headline and shows the headline twice. Same measure, Arabic tokens.
  const internals = reader as unknown as ReadabilityInternals;
  internals._textSimilarity = textSimilarity;
  internals._isProbablyVisible = isProbablyVisible;
  const bylinePattern = internals.REGEXPS.byline;
  internals._isValidByline = (node, matchString) => isValidByline(node, matchString, bylinePattern);
  internals._isElementWithoutContent = isElementWithoutContent;
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
