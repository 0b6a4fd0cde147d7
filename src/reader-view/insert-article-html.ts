import { sanitizeArticleFragment } from '../sanitize/sanitize-article';

/**
 * The one way article HTML reaches the screen: sanitized again here, in the page that shows it
 * (whatever was stored or sent may have been tampered with), then inserted as nodes.
 */
export function insertArticleHtml(container: Element, html: string, baseUrl: string): void {
  const window = container.ownerDocument.defaultView;
  if (!window) throw new Error('insertArticleHtml needs a container in a window');
  container.replaceChildren(sanitizeArticleFragment(html, window, baseUrl));
}
