import { extractArticle } from '@/src/extract/extract-article';

/**
 * Injected by the popup through `scripting.executeScript` when the user clicks Hibr's button
 * (activeTab), never on page load, so no host permission. An unlisted script rather than a
 * content script: WXT's content-script wrapper announces itself to the page (a DOM event and a
 * `postMessage`) and waits a turn before `main`; this runs `main` at once and its return value, the
 * Article read from a clone of the live page, is what `executeScript` hands back to the popup.
 */
export default defineUnlistedScript(() => extractArticle(document, location.href));
