import { canonicalHref } from './canonical-link';
import { readDeclaredMetadata, type DeclaredMetadata } from './declared-metadata';
import { jsonLdNames, jsonLdProperty, jsonLdTypes, type JsonLdNode } from './json-ld';
import { metaValues, type MetaTags } from './meta-tags';

/** A value that is an address, not a name: «https://akhbarelyom.com/» (seen in og:site_name), «www.x.com/». */
const ADDRESS = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|\/\/|[\w-]+(?:\.[\w-]+)+\/)/i;
/** Second-level labels under a country code: the name is the label before them («ynet» in ynet.co.il). */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'edu', 'ac', 'or', 'ne', 'go']);
const WHITE_SPACE = /\s+/g;
const LEADING_WWW = /^www\./;
/** A handle's «@» (twitter:site «@AJArabic»). */
const LEADING_AT = /^@/;
/** JSON-LD types whose `name` is the site's own. */
const SITE_TYPE = /^(?:WebSite|Organization|NewsMediaOrganization)$/;
const MAX_NAME_LENGTH = 100;

function usableName(value: string): string {
  const name = value.replace(WHITE_SPACE, ' ').trim();
  return name !== '' && name.length <= MAX_NAME_LENGTH && !ADDRESS.test(name) ? name : '';
}

function publisherNames(nodes: readonly JsonLdNode[]): string[] {
  return nodes.flatMap((node) => jsonLdNames(jsonLdProperty(node, 'publisher')));
}

/** Host name without «www.», or '' when `url` is not an http(s) address. */
function hostName(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname.replace(LEADING_WWW, '') : '';
  } catch {
    return '';
  }
}

/** The label that names the site in a host: «cnn» in arabic.cnn.com, «ynet» in ynet.co.il. */
function hostLabel(host: string): string {
  const labels = host.split('.');
  if (labels.length < 2) return '';
  const second = labels[labels.length - 2] ?? '';
  return SECOND_LEVEL.has(second) && labels.length >= 3 ? (labels[labels.length - 3] ?? '') : second;
}

/** The publisher's name: og:site_name, JSON-LD publisher, application-name, Readability's, else the host. */
export function findSiteName(
  doc: Document,
  url: string,
  readabilitySiteName?: string | null,
  declared: DeclaredMetadata = readDeclaredMetadata(doc),
): string {
  try {
    const tags = declared.metaTags;
    const candidates = [
      ...metaValues(tags, ['og:site_name']),
      ...publisherNames(declared.jsonLd),
      ...metaValues(tags, ['application-name']),
      typeof readabilitySiteName === 'string' ? readabilitySiteName : '',
    ];
    for (const candidate of candidates) {
      const name = usableName(candidate);
      if (name) return name;
    }
    return hostName(url);
  } catch {
    return hostName(url);
  }
}

/** Addresses the document says it has: its URL, canonical link and og:url. */
function documentAddresses(doc: Document, tags: MetaTags): string[] {
  const canonical = canonicalHref(doc) ?? '';
  return [doc.URL, canonical, ...metaValues(tags, ['og:url'])];
}

/**
 * Every name the page gives itself (og:site_name, application-name, JSON-LD publisher, WebSite and
 * Organization names, host names and their main label): what a title suffix or a byline may repeat.
 */
export function siteNameVariants(
  doc: Document,
  extra: readonly string[] = [],
  declared: DeclaredMetadata = readDeclaredMetadata(doc),
): string[] {
  try {
    const tags = declared.metaTags;
    const nodes = declared.jsonLd;
    const ownNames = nodes
      .filter((node) => jsonLdTypes(node).some((type) => SITE_TYPE.test(type)))
      .flatMap((node) => jsonLdNames(jsonLdProperty(node, 'name')));
    const hosts = documentAddresses(doc, tags)
      .map(hostName)
      .filter((host) => host !== '');
    const names = [
      ...extra,
      ...metaValues(tags, ['og:site_name', 'application-name', 'apple-mobile-web-app-title', 'twitter:site']),
      ...publisherNames(nodes),
      ...ownNames,
      ...hosts,
      ...hosts.map(hostLabel),
    ];
    return [...new Set(names.map((name) => name.replace(LEADING_AT, '').trim()).filter((name) => name !== ''))];
  } catch {
    return [...extra];
  }
}
