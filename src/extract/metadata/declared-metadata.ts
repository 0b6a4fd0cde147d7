import { readJsonLd, type JsonLdNode } from './json-ld';
import { readMetaTags, type MetaTags } from './meta-tags';

/**
 * What a page declares about itself: its `<meta>` values and its JSON-LD. Every metadata reader asks
 * for them (the site's name alone is looked for in both by three readers), so one extraction reads
 * them once and hands them to each; a reader called alone reads them itself.
 */
export interface DeclaredMetadata {
  metaTags: MetaTags;
  jsonLd: readonly JsonLdNode[];
}

export function readDeclaredMetadata(doc: Document): DeclaredMetadata {
  return { metaTags: readMetaTags(doc), jsonLd: readJsonLd(doc) };
}
