import type { Translator } from '../i18n/translate';
import type { ArticleId, LibraryPort } from '../popup/ports';
import { renderArticle } from '../reader-view/render-article';
import { el } from '../ui/el';

export interface ReaderPagePorts {
  articleId: ArticleId;
  library: LibraryPort;
}

/** The reader tab: a saved article from the library, full width, with its original link and Delete. */
export function createReaderPage(
  root: HTMLElement,
  i18n: Translator,
  ports: ReaderPagePorts,
): { ready: Promise<void> } {
  const main = el('main', { class: 'reader-main', 'aria-busy': 'true' });
  const bar = el('header', { class: 'reader-bar' }, el('span', { class: 'reader-brand' }, i18n.t('appName')));
  root.replaceChildren(bar, main);

  const showMissing = (): void => {
    main.replaceChildren(el('p', { class: 'reader-message', role: 'alert' }, i18n.t('articleMissing')));
  };

  const ready = (async () => {
    const article = ports.articleId ? await ports.library.get(ports.articleId) : undefined;
    if (!article) {
      showMissing();
      return;
    }
    document.title = article.title;
    const original = el(
      'a',
      { href: article.url, target: '_blank', rel: 'noopener noreferrer' },
      i18n.t('openOriginal'),
    );
    const status = el('p', { class: 'reader-status', role: 'status', 'aria-live': 'polite' });
    const remove = el('button', { type: 'button', class: 'reader-delete' }, i18n.t('delete'));
    remove.addEventListener('click', () => {
      void ports.library.remove(ports.articleId).then((removed) => {
        if (!removed) {
          status.textContent = i18n.t('deleteFailed');
          return;
        }
        original.remove();
        remove.remove();
        status.textContent = '';
        showMissing();
      });
    });
    bar.append(original, remove, status);
    main.replaceChildren(renderArticle(article, i18n));
  })()
    .catch(showMissing)
    .finally(() => main.setAttribute('aria-busy', 'false'));
  return { ready };
}
