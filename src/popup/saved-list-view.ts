import type { Translator } from '../i18n/translate';
import { el } from '../ui/el';
import type { ArticleId, SavedSummary } from './ports';

export interface SavedListActions {
  open: (id: ArticleId) => void;
  remove: (id: ArticleId) => void;
}

function savedItem(item: SavedSummary, i18n: Translator, actions: SavedListActions): HTMLLIElement {
  const details = [
    item.siteName,
    i18n.t('savedOn', { date: i18n.formatDate(item.savedAt) }),
    i18n.readingTime(item.readingMinutes),
  ]
    .filter((part) => part !== '')
    .join(' · ');
  const open = el(
    'button',
    { type: 'button', class: 'saved-open' },
    el('span', { class: 'saved-title', lang: item.lang, dir: item.dir }, item.title),
    el('span', { class: 'saved-details' }, details),
  );
  open.addEventListener('click', () => actions.open(item.id));
  const remove = el(
    'button',
    {
      type: 'button',
      class: 'saved-delete',
      'aria-label': i18n.t('deleteArticle', { title: item.title }),
      title: i18n.t('delete'),
    },
    i18n.t('delete'),
  );
  remove.addEventListener('click', () => actions.remove(item.id));
  return el('li', { class: 'saved-item', 'data-id': item.id }, open, remove);
}

/** The Saved view: the library newest first, each row opening the reader tab or deleting it. */
export function renderSavedList(
  items: readonly SavedSummary[],
  i18n: Translator,
  actions: SavedListActions,
): HTMLElement {
  if (items.length === 0) return el('p', { class: 'saved-empty' }, i18n.t('emptyLibrary'));
  return el(
    'ul',
    { class: 'saved-list', 'aria-label': i18n.t('library') },
    ...items.map((item) => savedItem(item, i18n, actions)),
  );
}
