import { textsNearHeadline, timeElementDates } from './date-elements';
import { readDeclaredMetadata, type DeclaredMetadata } from './declared-metadata';
import { articleNodes, jsonLdProperty, jsonLdText, jsonLdTypes, type JsonLdNode } from './json-ld';
import { metaValues, type MetaTags } from './meta-tags';
import { toPublishedIso } from './published-iso';

/** Meta keys that carry the publication time, most trusted first (keys as lower-cased by readMetaTags). */
const PUBLISHED_META_KEYS = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'article:published',
  'itemprop:datepublished',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'publication_date',
  'publication-date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dcterms.created',
  'dc.date',
  'dcterms.date',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
  'original-publish-date',
  'cxenseparse:recs:publishtime',
  'date',
  'itemprop:datecreated',
];
/** Other keys a CMS names after publishing («nastooh:publishdate»), but not «…modified…» or «…updated…». */
const PUBLISH_KEY = /publish/;
const NOT_PUBLISH_KEY = /modif|updat|edit|publisher/;
/** JSON-LD types that describe the page around an article, whose dates are a fallback. */
const PAGE_TYPE = /^(?:WebPage|ItemPage|CollectionPage)$/;

function nodeDates(nodes: readonly JsonLdNode[], key: string): string[] {
  return nodes.map((node) => jsonLdText(jsonLdProperty(node, key)));
}

/** datePublished then dateCreated of article nodes (NewsArticle, BlogPosting …), then of WebPage nodes. */
function jsonLdDates(nodes: readonly JsonLdNode[]): string[] {
  const articles = articleNodes(nodes);
  const pages = nodes.filter((node) => jsonLdTypes(node).some((type) => PAGE_TYPE.test(type)));
  return [articles, pages].flatMap((group) => [
    ...nodeDates(group, 'datePublished'),
    ...nodeDates(group, 'dateCreated'),
  ]);
}

function metaDates(tags: MetaTags): string[] {
  const known = new Set(PUBLISHED_META_KEYS);
  const others = [...tags.keys()].filter(
    (key) => !known.has(key) && PUBLISH_KEY.test(key) && !NOT_PUBLISH_KEY.test(key),
  );
  return metaValues(tags, [...PUBLISHED_META_KEYS, ...others]);
}

/** The first of `values` that is a usable publication time, as ISO 8601; a source that fails gives none. */
function firstPublishedIso(values: () => Iterable<string>, now: Date): string | null {
  try {
    for (const value of values()) {
      const iso = toPublishedIso(value, now);
      if (iso) return iso;
    }
  } catch {
    // The next source is asked.
  }
  return null;
}

/**
 * When the article was published, as ISO 8601: with its zone when the page gives one, else the day
 * alone (`YYYY-MM-DD`). Sources, first usable one wins: JSON-LD, meta tags, `hint` (Readability's
 * value), <time> elements, a date written near the headline. Hijri dates are skipped, Persian solar
 * dates converted; impossible dates, dates before 1990 and dates more than a day after `now` are not used.
 */
export function findPublishedTime(
  doc: Document,
  hint?: string | null,
  now: Date = new Date(),
  declared: DeclaredMetadata = readDeclaredMetadata(doc),
): string | null {
  try {
    const sources: ReadonlyArray<() => Iterable<string>> = [
      () => jsonLdDates(declared.jsonLd),
      () => metaDates(declared.metaTags),
      () => (typeof hint === 'string' ? [hint] : []),
      () => timeElementDates(doc),
      () => textsNearHeadline(doc, declared.metaTags),
    ];
    for (const source of sources) {
      const iso = firstPublishedIso(source, now);
      if (iso) return iso;
    }
    return null;
  } catch {
    return null;
  }
}
