import { extractArticle } from '@/src/extract/extract-article';

/**
 * Injected by the popup through `scripting.executeScript` when the user clicks Hibr's button
 * (activeTab), never on page load: no `matches`, so no host permission. Reads a clone of the
 * live page; `executeScript` hands the returned Article back to the popup.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    return extractArticle(document, location.href);
  },
});
