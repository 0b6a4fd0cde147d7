import { readDeclaredMetadata, type DeclaredMetadata } from './declared-metadata';
import { articleNodes, jsonLdProperty, jsonLdText, type JsonLdNode } from './json-ld';
import { metaValues } from './meta-tags';
import { matchSiteName, nameKey } from './name-match';
import { siteNameVariants } from './site-name';

/**
 * A separator between a headline and the site's name, captured so the headline can be put back as
 * written: « | », « - », « – », « — », « :: », « » », « · », « / », « • », the Arabic comma « ، » and
 * tatweel used as a dash « ـ ». All but the bar need a space on each side, so «كوفيد-19» is one word.
 */
const SEPARATOR = /(\s*[|｜]\s*|\s+(?:[-–—»·/•،ـ]|::)\s+)/u;
const WHITE_SPACE = /\s+/g;
const MAX_TITLE_LENGTH = 1000;
/** An h1 shorter than this is a logo or a section name («CNN», «أخبار»), not the headline. */
const MIN_HEADING_KEY_LENGTH = 8;
const MAX_HEADINGS = 5;

function joinParts(parts: readonly string[]): string {
  return parts.join('').replace(WHITE_SPACE, ' ').trim();
}

/**
 * Whether the end part of a title (`edge`) should go: it names the site and the rest is a headline.
 * A longer form of the name must also be the shorter side, since site names are short and headlines not.
 */
function isSiteEdge(edge: string, rest: string, siteNames: readonly string[]): boolean {
  if (nameKey(rest) === '') return false;
  const match = matchSiteName(edge, siteNames);
  return match === 'exact' || (match === 'similar' && edge.trim().length < rest.trim().length);
}

/**
 * The headline without the site's name before or after it («عنوان - الجزيرة نت» → «عنوان»). A part
 * is removed only when it names the site, so «المغرب - إسرائيل: اتفاق …» stays whole elsewhere.
 */
export function cleanTitle(rawTitle: string, siteName: string, otherSiteNames: readonly string[] = []): string {
  try {
    const title = String(rawTitle).slice(0, MAX_TITLE_LENGTH).replace(WHITE_SPACE, ' ').trim();
    const names = [String(siteName), ...otherSiteNames].filter((name) => name.trim() !== '');
    if (names.length === 0) return title;
    // [part, separator, part, separator, part …]
    let parts = title.split(SEPARATOR);
    while (parts.length >= 3 && isSiteEdge(parts[parts.length - 1] ?? '', joinParts(parts.slice(0, -2)), names)) {
      parts = parts.slice(0, -2);
    }
    while (parts.length >= 3 && isSiteEdge(parts[0] ?? '', joinParts(parts.slice(2)), names)) {
      parts = parts.slice(2);
    }
    return joinParts(parts);
  } catch {
    return typeof rawTitle === 'string' ? rawTitle.trim() : '';
  }
}

/** JSON-LD headlines, those of article nodes first. */
function jsonLdHeadlines(nodes: readonly JsonLdNode[]): string[] {
  return [...articleNodes(nodes), ...nodes].map((node) => jsonLdText(jsonLdProperty(node, 'headline')));
}

/** The first of the page's first h1s whose text begins the document title: a headline, not a logo. */
function headingMatchingTitle(doc: Document): string {
  const titleKey = nameKey(doc.title);
  for (const heading of Array.from(doc.getElementsByTagName('h1')).slice(0, MAX_HEADINGS)) {
    const text = (heading.textContent ?? '').replace(WHITE_SPACE, ' ').trim();
    const key = nameKey(text);
    if (key.length >= MIN_HEADING_KEY_LENGTH && titleKey.startsWith(key)) return text;
  }
  return '';
}

/**
 * The headline: og:title, else the JSON-LD headline, else an h1 that begins the document title, else
 * Readability's title, else the document title; each without the site's name, and never the name alone.
 */
export function pickTitle(
  doc: Document,
  readabilityTitle: string,
  siteName: string,
  declared: DeclaredMetadata = readDeclaredMetadata(doc),
): string {
  try {
    const names = siteNameVariants(doc, [siteName], declared);
    const nameKeys = new Set(names.map(nameKey));
    const candidates = [
      ...metaValues(declared.metaTags, ['og:title']),
      ...jsonLdHeadlines(declared.jsonLd),
      headingMatchingTitle(doc),
      typeof readabilityTitle === 'string' ? readabilityTitle : '',
      doc.title,
    ];
    for (const candidate of candidates) {
      const cleaned = cleanTitle(candidate, siteName, names);
      if (cleaned !== '' && !nameKeys.has(nameKey(cleaned))) return cleaned;
    }
    return '';
  } catch {
    return typeof readabilityTitle === 'string' ? readabilityTitle.trim() : '';
  }
}
