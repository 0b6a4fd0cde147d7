/**
 * The names a page gives its sections. CMSs put them in the author field (ynet's JSON-LD author is
 * «חדשות», "news", its channel; Readability takes LBCI's «منوعات», "miscellany"), so a byline equal to
 * one of them is no byline.
 */
import { isJsonLdNode, jsonLdNames, jsonLdProperty, jsonLdTypes, readJsonLd } from './json-ld';
import { readMetaTags } from './meta-tags';
import { nameKey } from './name-match';

/** Meta keys naming a section: «article:section», «channel-name», «sub-channel-name», «parsely-section», «category». */
const SECTION_KEY = /(?:^|[:._-])(?:section|channel|category|categories)(?:[:._-]?name)?$/;
/** Separators between levels or items of a section value: «חדשות/מבזקים», «أخبار > مصر», «رياضة, كرة». */
const SECTION_SEPARATOR = /\s*[/>|,،»]\s*/;
/** Breadcrumb trails, whose links name the article's sections. */
const BREADCRUMBS =
  '[class*="breadcrumb"], [id*="breadcrumb"], [itemtype*="BreadcrumbList"], nav[aria-label*="readcrumb"]';
/** Addresses of a section's page: «/news/category/29/منوعات/ar», «/section/sport». */
const SECTION_ADDRESS = /\/(?:category|categories|section|sections)\//i;
const MAX_LINKS = 50;
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
 * Breadcrumb links, microdata articleSection, and links to a section's page. Separate simple queries:
 * jsdom takes a tenth of a second over one selector list of all three on a large page.
 */
function sectionElements(doc: Document): Element[] {
  const crumbs = Array.from(doc.querySelectorAll(BREADCRUMBS))
    .slice(0, MAX_BREADCRUMBS)
    .flatMap((trail) => Array.from(trail.getElementsByTagName('a')).slice(0, MAX_LINKS));
  const microdata = Array.from(doc.querySelectorAll('[itemprop~="articleSection"]')).slice(0, MAX_LINKS);
  const links = Array.from(doc.getElementsByTagName('a'))
    .slice(0, MAX_SCANNED_LINKS)
    .filter((link) => SECTION_ADDRESS.test(link.getAttribute('href') ?? ''));
  return [...crumbs, ...microdata, ...links];
}

/** Keys of the names the page gives its sections: meta tags, JSON-LD, breadcrumbs, links to section pages. */
export function sectionLabels(doc: Document): Set<string> {
  const tags = readMetaTags(doc);
  const fromMeta = [...tags.keys()].filter((key) => SECTION_KEY.test(key)).flatMap((key) => tags.get(key) ?? []);
  const nodes = readJsonLd(doc);
  const fromJsonLd = nodes.flatMap((node) => [
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
