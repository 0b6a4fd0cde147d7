import '@/src/reader-view/reader-view.css';
import './popup.css';
import { deferLibraryPort } from '@/src/platform/deferred-library-port';
import { takeReading } from '@/src/platform/early-reading';
import { prepareInterface } from '@/src/platform/prepare-interface';
import { createPopup } from '@/src/popup/create-popup';
import { loadArticleFonts } from '@/src/reader-view/load-article-fonts';

// Reading the page went first (/popup-start.js), before this module and its imports were loaded: it
// is most of the wait, and the tab does it while this page loads its interface and the sanitizer.
const reading = takeReading(globalThis, location.search);
const i18n = await prepareInterface(document);
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
