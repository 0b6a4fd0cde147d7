/**
 * The `href` of the page's first `<link rel="canonical">`, or null: `link[rel="canonical"]`, checked
 * on the page's few `<link>` elements, where jsdom's selector engine searched the whole page.
 */
export function canonicalHref(doc: Document): string | null {
  for (const link of Array.from(doc.getElementsByTagName('link'))) {
    if (link.getAttribute('rel') === 'canonical') return link.getAttribute('href');
  }
  return null;
}
