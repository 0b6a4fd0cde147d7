import type { Article } from '../extract/types';
import type { StringKey } from '../i18n/strings';
import type { Translator } from '../i18n/translate';
import { renderArticle } from '../reader-view/render-article';
import { el } from '../ui/el';
import type { ArticleId, PopupPorts } from './ports';
import { renderSavedList } from './saved-list-view';

type Tab = 'article' | 'saved';

/** After the next frame's layout and paint: a task queued from its animation callback runs after them. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

function messagePanel(i18n: Translator, key: StringKey): HTMLElement {
  return el('p', { class: 'popup-message', role: 'alert' }, i18n.t(key));
}

/**
 * The popup: the article of the current tab with its Save button, and the Saved view. Everything
 * it touches outside its own DOM comes through `ports`.
 */
export function createPopup(root: HTMLElement, i18n: Translator, ports: PopupPorts): { ready: Promise<void> } {
  const articleTab = el(
    'button',
    { type: 'button', role: 'tab', class: 'popup-tab', id: 'tab-article' },
    i18n.t('tabArticle'),
  );
  const savedTab = el(
    'button',
    { type: 'button', role: 'tab', class: 'popup-tab', id: 'tab-saved' },
    i18n.t('tabSaved'),
  );
  const articlePanel = el('section', {
    class: 'popup-panel',
    role: 'tabpanel',
    'aria-labelledby': 'tab-article',
    'aria-busy': 'true',
  });
  const savedPanel = el('section', {
    class: 'popup-panel',
    role: 'tabpanel',
    'aria-labelledby': 'tab-saved',
    hidden: true,
  });
  articlePanel.append(el('p', { class: 'popup-loading', role: 'status' }, i18n.t('loading')));

  root.replaceChildren(
    el(
      'header',
      { class: 'popup-bar' },
      el('span', { class: 'popup-brand' }, i18n.t('appName')),
      el('nav', { class: 'popup-tabs', role: 'tablist' }, articleTab, savedTab),
    ),
    el('main', { class: 'popup-main' }, articlePanel, savedPanel),
  );

  const show = (tab: Tab): void => {
    articleTab.setAttribute('aria-selected', String(tab === 'article'));
    savedTab.setAttribute('aria-selected', String(tab === 'saved'));
    articlePanel.hidden = tab !== 'article';
    savedPanel.hidden = tab !== 'saved';
    if (tab === 'saved') void refreshSaved();
  };

  /** Brings the article's Save button in line with the library, once an article is shown. */
  let syncSaveButton = async (): Promise<void> => {};

  const refreshSaved = async (): Promise<void> => {
    const items = await ports.library.list();
    savedPanel.replaceChildren(
      renderSavedList(items, i18n, {
        open: ports.openReader,
        remove: (id) =>
          void ports.library
            .remove(id)
            .then(refreshSaved)
            .then(() => syncSaveButton()),
      }),
    );
  };

  const showArticle = async (article: Article): Promise<void> => {
    const saveButton = el('button', { type: 'button', class: 'save-button', 'aria-pressed': 'false' }, i18n.t('save'));
    const readerButton = el('button', { type: 'button', class: 'reader-button', hidden: true }, i18n.t('openInReader'));
    const status = el('p', { class: 'save-status', role: 'status', 'aria-live': 'polite' });
    let savedId: ArticleId | undefined;
    const markSaved = (id: ArticleId | undefined): void => {
      savedId = id;
      const saved = id !== undefined;
      saveButton.textContent = saved ? `✓ ${i18n.t('saved')}` : i18n.t('save');
      saveButton.setAttribute('aria-pressed', String(saved));
      saveButton.disabled = saved;
      readerButton.hidden = !saved;
    };
    saveButton.addEventListener('click', async () => {
      saveButton.disabled = true;
      saveButton.textContent = i18n.t('saving');
      status.textContent = '';
      const outcome = await ports.library.save(article);
      if (outcome.ok) {
        markSaved(outcome.id);
        status.textContent = i18n.t('saved');
      } else {
        saveButton.disabled = false;
        saveButton.textContent = i18n.t('save');
        status.textContent = i18n.t(outcome.error === 'quota-exceeded' ? 'quotaExceeded' : 'storageFailed');
      }
    });
    readerButton.addEventListener('click', () => {
      if (savedId !== undefined) ports.openReader(savedId);
    });
    articlePanel.replaceChildren(
      el('div', { class: 'popup-actions' }, saveButton, readerButton),
      status,
      renderArticle(article, i18n),
    );
    // Marks when the article is on screen, drawn in its faces (npm run bench times the popup to it).
    const painted = ports
      .facesLoaded()
      .then(nextPaint)
      .then(() => void performance.mark('hibr:article-shown'));
    syncSaveButton = async () => markSaved(await ports.library.findIdByUrl(article.url));
    // The library loads after that frame, not in its way: the article does not need it to appear.
    await painted;
    await syncSaveButton();
  };

  articleTab.addEventListener('click', () => show('article'));
  savedTab.addEventListener('click', () => show('saved'));
  show('article');

  const ready = ports
    .readArticle()
    .then((outcome) =>
      outcome.kind === 'article'
        ? showArticle(outcome.article)
        : void articlePanel.replaceChildren(messagePanel(i18n, outcome.message)),
    )
    .catch(() => void articlePanel.replaceChildren(messagePanel(i18n, 'readFailed')))
    .finally(() => articlePanel.setAttribute('aria-busy', 'false'));
  return { ready };
}
