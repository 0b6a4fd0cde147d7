/**
 * The names a page gives its sections. CMSs put them in the author field (ynet's JSON-LD author is
 * «חדשות», "news", its channel; Readability takes LBCI's «منوعات», "miscellany"), so a byline equal to
 * one of them is no byline.
 */
import { elementsUnder } from '../boilerplate/elements-under';
import { attributeHasToken, attributeHolds } from './attribute-match';
import { readDeclaredMetadata, type DeclaredMetadata } from './declared-metadata';
import { isJsonLdNode, jsonLdNames, jsonLdProperty, jsonLdTypes } from './json-ld';
import { nameKey } from './name-match';

/** Meta keys naming a section: «article:section», «channel-name», «sub-channel-name», «parsely-section», «category». */
const SECTION_KEY = /(?:^|[:._-])(?:section|channel|category|categories)(?:[:._-]?name)?$/;
/** Separators between levels or items of a section value: «חדשות/מבזקים», «أخبار > مصر», «رياضة, كرة». */
const SECTION_SEPARATOR = /\s*[/>|,،»]\s*/;
/** Addresses of a section's page: «/news/category/29/منوعات/ar», «/section/sport». */
const SECTION_ADDRESS = /\/(?:category|categories|section|sections)\//i;
const MAX_LINKS = 50;
const BREADCRUMB = /breadcrumb/;
const BREADCRUMB_LIST = /BreadcrumbList/;
/** «Breadcrumb» or «breadcrumb» in an accessible name. */
const BREADCRUMB_LABEL = /readcrumb/;
const MAX_BREADCRUMBS = 10;
const MAX_SCANNED_LINKS = 3000;

function breadcrumbNames(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const own = jsonLdNames(item);
    const inner = isJsonLdNode(item) ? jsonLdNames(jsonLdProperty(item, 'item')) : [];
    return [...own, ...inner];
  });
}

/**
 * A breadcrumb trail, whose links name the article's sections: `[class*="breadcrumb"],
 * [id*="breadcrumb"], [itemtype*="BreadcrumbList"], nav[aria-label*="readcrumb"]`, checked on each
 * element (under jsdom the selector takes tens of milliseconds on a news page, the checks a few).
 */
function isBreadcrumbTrail(element: Element): boolean {
  return (
    attributeHolds(element, 'class', BREADCRUMB) ||
    attributeHolds(element, 'id', BREADCRUMB) ||
    attributeHolds(element, 'itemtype', BREADCRUMB_LIST) ||
    (element.localName === 'nav' && attributeHolds(element, 'aria-label', BREADCRUMB_LABEL))
  );
}

/** `[itemprop~="articleSection"]`. */
function isSectionMicrodata(element: Element): boolean {
  return attributeHasToken(element, 'itemprop', 'articleSection');
}

/** Breadcrumb links, microdata articleSection, and links to a section's page, found in one walk. */
function sectionElements(doc: Document): Element[] {
  const trails: Element[] = [];
  const microdata: Element[] = [];
  let scannedLinks = 0;
  const links = elementsUnder(doc, (element) => {
    if (trails.length < MAX_BREADCRUMBS && isBreadcrumbTrail(element)) trails.push(element);
    if (microdata.length < MAX_LINKS && isSectionMicrodata(element)) microdata.push(element);
    // `getElementsByTagName('a')`: elements named «a», in any namespace.
    if (element.localName !== 'a' || scannedLinks >= MAX_SCANNED_LINKS) return false;
    scannedLinks += 1;
    return SECTION_ADDRESS.test(element.getAttribute('href') ?? '');
  });
  const crumbs = trails.flatMap((trail) => Array.from(trail.getElementsByTagName('a')).slice(0, MAX_LINKS));
  return [...crumbs, ...microdata, ...links];
}

/** Keys of the names the page gives its sections: meta tags, JSON-LD, breadcrumbs, links to section pages. */
export function sectionLabels(doc: Document, declared: DeclaredMetadata = readDeclaredMetadata(doc)): Set<string> {
  const tags = declared.metaTags;
  const fromMeta = [...tags.keys()].filter((key) => SECTION_KEY.test(key)).flatMap((key) => tags.get(key) ?? []);
  const fromJsonLd = declared.jsonLd.flatMap((node) => [
    ...jsonLdNames(jsonLdProperty(node, 'articleSection')),
    ...(jsonLdTypes(node).includes('BreadcrumbList') ? breadcrumbNames(jsonLdProperty(node, 'itemListElement')) : []),
  ]);
  const fromElements = sectionElements(doc).map((element) => element.textContent ?? '');
  const labels = [...fromMeta, ...fromJsonLd, ...fromElements].flatMap((value) => [
    value,
    ...value.split(SECTION_SEPARATOR),
  ]);
  return new Set(labels.map(nameKey).filter((key) => key !== ''));
}
