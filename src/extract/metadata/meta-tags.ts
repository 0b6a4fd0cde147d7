/** The page's <meta> values, read once: keys lower-cased, values trimmed, in document order. */
export type MetaTags = ReadonlyMap<string, readonly string[]>;

const WHITE_SPACE = /\s+/g;
const MAX_META_TAGS = 2000;

function add(tags: Map<string, string[]>, key: string, value: string): void {
  const list = tags.get(key);
  if (list) list.push(value);
  else tags.set(key, [value]);
}

/**
 * Keys are the `name` and `property` attributes as written («og:title», «article:published_time»), and
 * `itemprop` under «itemprop:» («itemprop:datepublished»), since a page may set all three on one tag.
 */
export function readMetaTags(doc: Document): MetaTags {
  const tags = new Map<string, string[]>();
  try {
    const metas = Array.from(doc.getElementsByTagName('meta')).slice(0, MAX_META_TAGS);
    for (const meta of metas) {
      const value = (meta.getAttribute('content') ?? '').replace(WHITE_SPACE, ' ').trim();
      if (value === '') continue;
      for (const attribute of ['name', 'property']) {
        const key = meta.getAttribute(attribute)?.trim().toLowerCase();
        if (key) add(tags, key, value);
      }
      const itemprop = meta.getAttribute('itemprop')?.trim().toLowerCase();
      if (itemprop) for (const prop of itemprop.split(WHITE_SPACE)) add(tags, `itemprop:${prop}`, value);
    }
  } catch {
    // A broken DOM gives what was read so far.
  }
  return tags;
}

/** All values for the keys, in the order of the keys. */
export function metaValues(tags: MetaTags, keys: readonly string[]): string[] {
  return keys.flatMap((key) => tags.get(key) ?? []);
}
