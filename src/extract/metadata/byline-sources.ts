/** Where a page names its authors. Values are raw: the caller cleans them. */
import { shortTrimmedText } from '../../text/text-prefix';
import { elementsUnder } from '../boilerplate/elements-under';
import { attributeHasToken, attributeHolds } from './attribute-match';
import type { DeclaredMetadata } from './declared-metadata';
import { articleNodes, jsonLdNames, jsonLdProperty, jsonLdText, type JsonLdNode } from './json-ld';
import { metaValues, type MetaTags } from './meta-tags';
import { nameKey } from './name-match';

/**
 * A credit in parentheses at the very end of an article's text: «… (גלעד מורג)» (ynet news flashes),
 * «… (أ ش أ)». No digits, so «(2020)» and «(1/3)» are not taken.
 */
const TRAILING_CREDIT = /[(（]\s*([^()（）\p{Nd}]{2,60}?)\s*[)）]\s*[.。]?\s*$/u;
/** What a parenthesis at the end of a text says when it is not a person: «(فيديو)», «(صور)», «(عکس)», «(live)». */
const NOT_A_CREDIT = new Set(
  (
    'فيديو بالفيديو صور صورة بالصور إنفوجراف انفوغراف فيديوجراف مباشر تفاصيل شاهد المزيد عاجل خاص حصري تحديث ' +
    'عکس فیلم ویدیو تصاویر video photos photo live more update updated'
  )
    .split(' ')
    .map(nameKey),
);
const MAX_LINKS = 50;
/** Authors past this are an agency's whole desk: the byline keeps the first few. */
const MAX_AUTHORS = 4;
/** Arabic-script letters: names in Arabic, Persian or Urdu are joined with «، ». */
const ARABIC_SCRIPT = /\p{Script=Arabic}/u;

function joinNames(names: readonly string[]): string {
  const unique = [...new Set(names.filter((name) => name !== ''))].slice(0, MAX_AUTHORS);
  return unique.join(unique.some((name) => ARABIC_SCRIPT.test(name)) ? '، ' : ', ');
}

/** The authors of each article node of the JSON-LD, each node's names joined into one byline. */
export function jsonLdAuthors(jsonLd: readonly JsonLdNode[], cleanName: (name: string) => string): string[] {
  return articleNodes(jsonLd).map((node) => joinNames(jsonLdNames(jsonLdProperty(node, 'author')).map(cleanName)));
}

export function metaAuthors(tags: MetaTags): string[] {
  const keys = ['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author', 'itemprop:author'];
  return metaValues(tags, keys);
}

/** Names in links marked rel=author, joined. */
export function relAuthors(doc: Document, cleanName: (name: string) => string): string[] {
  const links = Array.from(doc.querySelectorAll('a[rel~="author"]')).slice(0, MAX_LINKS);
  return [joinNames(links.map((link) => cleanName(link.textContent ?? '')))];
}

/**
 * Pieces of the class of an element that holds the byline: «author», «byline», «writer», «writeBy».
 * Class and id are compared case-sensitively, as attribute selectors compare them, hence the pieces
 * without a first letter («uthor»). Each set is one pattern: the check runs on every element of
 * the page, and one native search beat a loop over the pieces.
 */
const BYLINE_CLASS_PIECES = /uthor|yline|riter|riteBy/;
const BYLINE_ID_PIECES = /uthor|yline/;
/** Places where names are not the article's author: comments, side lists, the footer (by tag, class or id). */
const NOT_ARTICLE_TAGS = new Set(['aside', 'footer', 'nav']);
const NOT_ARTICLE_CLASS_PIECES = /comment|related/;
const NOT_ARTICLE_ID_PIECES = /comment/;
const MAX_BYLINE_ELEMENTS = 10;
const MAX_BYLINE_ELEMENT_TEXT = 120;

/** Classes of widgets about the author, not the byline: «contactAuthor», «author-photo», «author-bio». */
const AUTHOR_WIDGET = /contact|mail|follow|social|share|avatar|photo|image|img|icon|bio/i;

function isAuthorWidget(element: Element): boolean {
  return AUTHOR_WIDGET.test(`${element.getAttribute('class') ?? ''} ${element.id}`);
}

/**
 * `[itemprop~="author"]:not(meta), [class*="uthor"], [class*="yline"], [class*="riter"],
 * [class*="riteBy"], [id*="uthor"], [id*="yline"]`, checked on each element: under jsdom such a
 * selector takes tens of milliseconds on a news page.
 */
function isBylineElement(element: Element): boolean {
  return (
    attributeHolds(element, 'class', BYLINE_CLASS_PIECES) ||
    attributeHolds(element, 'id', BYLINE_ID_PIECES) ||
    (element.localName !== 'meta' && attributeHasToken(element, 'itemprop', 'author'))
  );
}

/** `element.closest('aside, footer, nav, [class*="comment"], [id*="comment"], [class*="related"]')` is not null. */
function inNonArticlePart(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (
      NOT_ARTICLE_TAGS.has(node.localName) ||
      attributeHolds(node, 'class', NOT_ARTICLE_CLASS_PIECES) ||
      attributeHolds(node, 'id', NOT_ARTICLE_ID_PIECES)
    ) {
      return true;
    }
  }
  return false;
}

/** Texts of byline elements (class «author», «byline», «writeBy» …) outside comments and side lists. */
export function bylineElements(doc: Document): string[] {
  return elementsUnder(doc, isBylineElement)
    .filter((element) => !isAuthorWidget(element) && !inNonArticlePart(element))
    .slice(0, MAX_BYLINE_ELEMENTS)
    .map((element) => shortTrimmedText(element, MAX_BYLINE_ELEMENT_TEXT) ?? '')
    .filter((text) => text !== '');
}

/** Credits in parentheses ending the article text or its description in the page's metadata. */
export function trailingCredits(declared: DeclaredMetadata): string[] {
  const nodes = articleNodes(declared.jsonLd);
  const texts = [
    ...nodes.flatMap((node) => [jsonLdProperty(node, 'articleBody'), jsonLdProperty(node, 'description')]),
    ...metaValues(declared.metaTags, ['og:description', 'description']),
  ].map(jsonLdText);
  return texts
    .map((text) => TRAILING_CREDIT.exec(text)?.[1] ?? '')
    .filter((credit) => credit !== '' && !NOT_A_CREDIT.has(nameKey(credit)));
}
