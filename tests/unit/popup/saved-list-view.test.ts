// @vitest-environment jsdom
// jsdom, like the popup tests that render this list next to sanitized article HTML.
import { describe, expect, it, vi } from 'vitest';
import { createTranslator } from '../../../src/i18n/translate';
import type { SavedSummary } from '../../../src/popup/ports';
import { renderSavedList } from '../../../src/popup/saved-list-view';

const ar = createTranslator('ar');
const SAVED_AT = Date.UTC(2024, 4, 1, 9);

function summary(changes: Partial<SavedSummary> = {}): SavedSummary {
  return {
    id: 'article-1',
    url: 'https://www.aljazeera.net/news/2024/5/1/wheat',
    title: 'ارتفاع أسعار القمح في الأسواق العربية',
    siteName: 'الجزيرة نت',
    savedAt: SAVED_AT,
    readingMinutes: 3,
    lang: 'ar',
    dir: 'rtl',
    ...changes,
  };
}

function render(items: SavedSummary[], actions = { open: vi.fn(), remove: vi.fn() }): HTMLElement {
  const view = renderSavedList(items, ar, actions);
  document.body.replaceChildren(view);
  return view;
}

describe('renderSavedList', () => {
  it('shows the empty text for an empty library', () => {
    const view = render([]);
    expect(view.textContent).toBe(ar.t('emptyLibrary'));
    expect(view.querySelector('li')).toBeNull();
  });

  it('lists the items in the order given, each with its title', () => {
    const view = render([summary({ id: 'b', title: 'الأحدث' }), summary({ id: 'a', title: 'الأقدم' })]);
    expect(Array.from(view.querySelectorAll('.saved-title'), (title) => title.textContent)).toEqual([
      'الأحدث',
      'الأقدم',
    ]);
  });

  it('shows the site, the date saved and the reading time of each item', () => {
    const details = render([summary()]).querySelector('.saved-details')?.textContent ?? '';
    expect(details.split(' · ')).toEqual([
      'الجزيرة نت',
      ar.t('savedOn', { date: ar.formatDate(SAVED_AT) }),
      `${(3).toLocaleString('ar')} دقائق قراءة`,
    ]);
  });

  it('leaves out an unknown site without a stray separator', () => {
    const details = render([summary({ siteName: '' })]).querySelector('.saved-details')?.textContent ?? '';
    expect(details.startsWith(ar.t('savedOn', { date: ar.formatDate(SAVED_AT) }))).toBe(true);
  });

  it("gives each title its article's language and direction", () => {
    const title = render([summary({ title: 'Wheat prices rise', lang: 'en', dir: 'ltr' })]).querySelector(
      '.saved-title',
    );
    expect(title?.getAttribute('lang')).toBe('en');
    expect(title?.getAttribute('dir')).toBe('ltr');
  });

  it('opens and deletes the item that was clicked', () => {
    const actions = { open: vi.fn(), remove: vi.fn() };
    const view = render([summary({ id: 'first' }), summary({ id: 'second' })], actions);
    const [, second] = Array.from(view.querySelectorAll('li'));
    second?.querySelector<HTMLButtonElement>('.saved-open')?.click();
    second?.querySelector<HTMLButtonElement>('.saved-delete')?.click();
    expect(actions.open).toHaveBeenCalledExactlyOnceWith('second');
    expect(actions.remove).toHaveBeenCalledExactlyOnceWith('second');
  });

  it('names the article a Delete button deletes, for screen readers', () => {
    const remove = render([summary()]).querySelector('.saved-delete');
    expect(remove?.getAttribute('aria-label')).toBe('حذف «ارتفاع أسعار القمح في الأسواق العربية»');
  });

  it('shows a title with markup as text', () => {
    const view = render([summary({ title: '<img src=x onerror="alert(1)">' })]);
    expect(view.querySelector('img')).toBeNull();
    expect(view.querySelector('.saved-title')?.textContent).toBe('<img src=x onerror="alert(1)">');
  });
});
