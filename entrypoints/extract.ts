import { reusedExtractor } from '@/src/platform/reused-extractor';

/**
 * Injected by the popup through `scripting.executeScript` when the user clicks Hibr's button
 * (activeTab), never on page load, so no host permission. An unlisted script rather than a
 * content script: WXT's content-script wrapper announces itself to the page (a DOM event and a
 * `postMessage`) and waits a turn before `main`; this runs `main` at once and its return value, the
 * Article read from a clone of the live page, is what `executeScript` hands back to the popup.
 * The extraction code is imported only when this page has no copy of this build's yet (see
 * `reusedExtractor`); the bundler inlines it, so the import fetches nothing.
 */
export default defineUnlistedScript(async () => {
  const extract = await reusedExtractor(
    globalThis,
    __HIBR_BUILD__,
    async () => (await import('@/src/extract/extract-article')).extractArticle,
  );
  return extract(document, location.href);
});
