import '@/src/reader-view/reader-view.css';
import './reader.css';
import { openLibraryPort } from '@/src/platform/library-port';
import { prepareInterface } from '@/src/platform/prepare-interface';
import { createReaderPage } from '@/src/reader-page/create-reader-page';

const i18n = await prepareInterface(document);
createReaderPage(document.getElementById('app') as HTMLElement, i18n, {
  articleId: new URLSearchParams(location.search).get('id') ?? '',
  library: openLibraryPort(),
});
