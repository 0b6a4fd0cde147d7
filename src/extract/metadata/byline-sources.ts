/** Where a page names its authors. Values are raw: the caller cleans them. */
import { articleNodes, jsonLdNames, jsonLdProperty, jsonLdText, readJsonLd } from './json-ld';
import { metaValues, readMetaTags } from './meta-tags';
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
export function jsonLdAuthors(doc: Document, cleanName: (name: string) => string): string[] {
  return articleNodes(readJsonLd(doc)).map((node) =>
    joinNames(jsonLdNames(jsonLdProperty(node, 'author')).map(cleanName)),
  );
}

export function metaAuthors(doc: Document): string[] {
  const keys = ['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author', 'itemprop:author'];
  return metaValues(readMetaTags(doc), keys);
}

/** Names in links marked rel=author, joined. */
export function relAuthors(doc: Document, cleanName: (name: string) => string): string[] {
  const links = Array.from(doc.querySelectorAll('a[rel~="author"]')).slice(0, MAX_LINKS);
  return [joinNames(links.map((link) => cleanName(link.textContent ?? '')))];
}

/**
 * Elements that hold the byline by their class, id or itemprop: «author», «byline», «writer», «writeBy».
 * Attribute selectors are case-sensitive, hence the pieces without a first letter («uthor»).
 */
const BYLINE_ELEMENTS = [
  '[itemprop~="author"]:not(meta)',
  '[class*="uthor"]',
  '[class*="yline"]',
  '[class*="riter"]',
  '[class*="riteBy"]',
  '[id*="uthor"]',
  '[id*="yline"]',
].join(', ');
/** Places where names are not the article's author: comments, side lists, the footer. */
const NOT_ARTICLE_PART = 'aside, footer, nav, [class*="comment"], [id*="comment"], [class*="related"]';
const MAX_BYLINE_ELEMENTS = 10;
const MAX_BYLINE_ELEMENT_TEXT = 120;

/** Classes of widgets about the author, not the byline: «contactAuthor», «author-photo», «author-bio». */
const AUTHOR_WIDGET = /contact|mail|follow|social|share|avatar|photo|image|img|icon|bio/i;

function isAuthorWidget(element: Element): boolean {
  return AUTHOR_WIDGET.test(`${element.getAttribute('class') ?? ''} ${element.id}`);
}

/** Texts of byline elements (class «author», «byline», «writeBy» …) outside comments and side lists. */
export function bylineElements(doc: Document): string[] {
  return Array.from(doc.querySelectorAll(BYLINE_ELEMENTS))
    .filter((element) => !isAuthorWidget(element) && !element.closest(NOT_ARTICLE_PART))
    .slice(0, MAX_BYLINE_ELEMENTS)
    .map((element) => (element.textContent ?? '').trim())
    .filter((text) => text !== '' && text.length <= MAX_BYLINE_ELEMENT_TEXT);
}

/** Credits in parentheses ending the article text or its description in the page's metadata. */
export function trailingCredits(doc: Document): string[] {
  const nodes = articleNodes(readJsonLd(doc));
  const texts = [
    ...nodes.flatMap((node) => [jsonLdProperty(node, 'articleBody'), jsonLdProperty(node, 'description')]),
    ...metaValues(readMetaTags(doc), ['og:description', 'description']),
  ].map(jsonLdText);
  return texts
    .map((text) => TRAILING_CREDIT.exec(text)?.[1] ?? '')
    .filter((credit) => credit !== '' && !NOT_A_CREDIT.has(nameKey(credit)));
}
