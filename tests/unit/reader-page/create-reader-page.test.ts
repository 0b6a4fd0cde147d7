// @vitest-environment jsdom
// jsdom: the page renders the article, which sanitizes its HTML, and DOMPurify is not safe under happy-dom.
import { describe, expect, it, vi } from 'vitest';
import { createTranslator } from '../../../src/i18n/translate';
import { createReaderPage } from '../../../src/reader-page/create-reader-page';
import { makeArticle } from '../storage/library-fixtures';
import { fakeLibrary, type FakeLibrary } from '../popup/fake-library';

const ar = createTranslator('ar');
const ARTICLE = makeArticle();

async function openReaderPage(library: FakeLibrary, articleId: string): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  await createReaderPage(root, ar, { articleId, library }).ready;
  return root;
}

async function savedLibrary(): Promise<{ library: FakeLibrary; id: string }> {
  const library = fakeLibrary([ARTICLE]);
  const id = await library.findIdByUrl(ARTICLE.url);
  if (id === undefined) throw new Error('the fake library lost the article');
  return { library, id };
}

describe('createReaderPage', () => {
  it('shows the saved article, titled by its headline', async () => {
    const { library, id } = await savedLibrary();
    const root = await openReaderPage(library, id);
    const article = root.querySelector('article');
    expect(article?.querySelector('h1')?.textContent).toBe(ARTICLE.title);
    expect(article?.getAttribute('dir')).toBe('rtl');
    expect(article?.querySelector('.hibr-body p')?.textContent).toBe('سجلت أسعار القمح ارتفاعا جديدا هذا الأسبوع.');
    expect(document.title).toBe(ARTICLE.title);
    expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('false');
  });

  it('links the original page, opening in a new tab', async () => {
    const { library, id } = await savedLibrary();
    const link = (await openReaderPage(library, id)).querySelector('a');
    expect(link?.textContent).toBe(ar.t('openOriginal'));
    expect(link?.getAttribute('href')).toBe(ARTICLE.url);
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('shows the missing message for an id that is not in the library', async () => {
    const root = await openReaderPage(fakeLibrary([ARTICLE]), 'no-such-id');
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(ar.t('articleMissing'));
    expect(root.querySelector('article')).toBeNull();
    expect(root.querySelector('.reader-delete')).toBeNull();
  });

  it('shows the missing message when the page was opened without an id', async () => {
    const root = await openReaderPage(fakeLibrary([ARTICLE]), '');
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(ar.t('articleMissing'));
  });

  it('shows the missing message when the library cannot be read', async () => {
    const library = fakeLibrary();
    library.get = () => Promise.reject(new Error('DatabaseClosedError'));
    const root = await openReaderPage(library, 'article-1');
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(ar.t('articleMissing'));
  });

  it('deletes the article and then shows the missing message', async () => {
    const { library, id } = await savedLibrary();
    const root = await openReaderPage(library, id);
    root.querySelector<HTMLButtonElement>('.reader-delete')?.click();
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toBe(ar.t('articleMissing')));
    expect(root.querySelector('article')).toBeNull();
    expect(root.querySelector('.reader-delete')).toBeNull();
    expect(await library.get(id)).toBeUndefined();
    expect(await library.list()).toEqual([]);
  });
});
