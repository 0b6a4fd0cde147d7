import { SAFE_URL } from './policy';

/**
 * The URL an article's relative links and images resolve against: the page's `<base>` when it is an
 * http(s) URL on the page's own origin (a site that serves its pages from one path and its files from
 * another), the page URL otherwise. A `<base href="javascript:…">` or `data:` cannot be a base at all,
 * and a `<base>` on another origin, which a comment, an ad or a script added after the images had
 * loaded could plant, would send every relative image of the article to that origin.
 * `documentBaseUri` is the page's `document.baseURI`, which the browser has already resolved.
 */
export function articleBaseUrl(pageUrl: string, documentBaseUri: string): string {
  let base: URL;
  let page: URL;
  try {
    base = new URL(documentBaseUri);
    page = new URL(pageUrl);
  } catch {
    return pageUrl;
  }
  return SAFE_URL.test(base.href) && base.origin === page.origin ? base.href : pageUrl;
}

/**
 * Makes `doc` (a copy of the page, never the live one) resolve relative URLs against `baseUrl` alone:
 * every `<base>` goes, and one with `baseUrl` takes their place when it differs from the document's URL.
 * Readability makes an article's URLs absolute against the document's base before the sanitizer sees
 * them, so the choice of `articleBaseUrl` has to be pinned in the copy it reads.
 */
export function pinBaseUrl(doc: Document, baseUrl: string): void {
  // By tag name: the selector engine of jsdom (the command line, the tests) took a millisecond for it.
  for (const base of Array.from(doc.getElementsByTagName('base'))) base.remove();
  if (baseUrl === doc.URL) return;
  const parent = doc.head ?? doc.documentElement;
  if (!parent) return;
  const base = doc.createElement('base');
  base.setAttribute('href', baseUrl);
  parent.prepend(base);
}
