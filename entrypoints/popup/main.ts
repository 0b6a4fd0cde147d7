import '@/src/reader-view/reader-view.css';
import './popup.css';
import { deferLibraryPort } from '@/src/platform/deferred-library-port';
import { readTab, targetTab } from '@/src/platform/read-tab';
import { loadArticleFonts } from '@/src/reader-view/load-article-fonts';

// Reading the page goes first, before the rest of the popup's code is even loaded: it is most of
// the wait, and the tab does it while this page loads its interface and the sanitizer. Those wait
// for the tab's lookup, which would otherwise queue behind them.
const tab = targetTab(location.search);
const reading = tab.then(readTab);
await tab.catch(() => undefined);
const [i18n, { createPopup }] = await Promise.all([
  import('@/src/platform/prepare-interface').then(({ prepareInterface }) => prepareInterface(document)),
  import('@/src/popup/create-popup'),
]);
// After the popup's own code (a microtask after this one), not before: decoding the faces would hold
// up its loading.
const faces = Promise.resolve().then(() => loadArticleFonts(document.fonts));
createPopup(document.getElementById('app') as HTMLElement, i18n, {
  readArticle: () => reading,
  // The library (Dexie) is first needed once the article is on screen, to tell whether it is saved.
  library: deferLibraryPort(async () => (await import('@/src/platform/library-port')).openLibraryPort()),
  openReader: (id) => {
    void browser.tabs.create({ url: `${browser.runtime.getURL('/reader.html')}?id=${encodeURIComponent(id)}` });
    window.close();
  },
  facesLoaded: () => faces,
});
