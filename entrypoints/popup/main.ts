import '@/src/reader-view/reader-view.css';
import './popup.css';
import { openLibraryDb } from '@/src/storage/library-db';
import { createPopup } from '@/src/popup/create-popup';
import { createLibraryPort } from '@/src/platform/library-port';
import { prepareInterface } from '@/src/platform/prepare-interface';
import { readTab, targetTab } from '@/src/platform/read-tab';

// Reading the page starts at once, while the settings load: it is most of the wait.
const reading = targetTab(location.search).then(readTab);
const i18n = await prepareInterface(document);
const library = createLibraryPort(openLibraryDb());
createPopup(document.getElementById('app') as HTMLElement, i18n, {
  readArticle: () => reading,
  library,
  openReader: (id) => {
    void browser.tabs.create({ url: `${browser.runtime.getURL('/reader.html')}?id=${encodeURIComponent(id)}` });
    window.close();
  },
});
