// @vitest-environment jsdom
// jsdom: the popup renders the article, which sanitizes its HTML, and DOMPurify is not safe under happy-dom.
import { describe, expect, it, vi } from 'vitest';
import { createTranslator, type Translator } from '../../../src/i18n/translate';
import type { ReadOutcome } from '../../../src/platform/read-tab';
import { createPopup } from '../../../src/popup/create-popup';
import type { PopupPorts } from '../../../src/popup/ports';
import { makeArticle } from '../storage/library-fixtures';
import { fakeLibrary, type FakeLibrary } from './fake-library';

const ar = createTranslator('ar');
const ARTICLE = makeArticle();
const OLDER = makeArticle({ url: 'https://www.hespress.com/economie/1.html', title: 'الأقدم', siteName: 'هسبريس' });
const NEWER = makeArticle({
  url: 'https://www.bbc.com/arabic/2',
  title: 'الأحدث',
  siteName: 'بي بي سي',
  readingMinutes: 2,
});

interface Popup {
  root: HTMLElement;
  ports: PopupPorts & { library: FakeLibrary; openReader: ReturnType<typeof vi.fn> };
  ready: Promise<void>;
}

function openPopup(
  options: {
    library?: FakeLibrary;
    read?: () => Promise<ReadOutcome>;
    i18n?: Translator;
    facesLoaded?: () => Promise<void>;
  } = {},
): Popup {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const ports = {
    readArticle: options.read ?? (async (): Promise<ReadOutcome> => ({ kind: 'article', article: ARTICLE })),
    library: options.library ?? fakeLibrary(),
    openReader: vi.fn(),
    facesLoaded: options.facesLoaded ?? (async (): Promise<void> => {}),
  };
  const { ready } = createPopup(root, options.i18n ?? ar, ports);
  return { root, ports, ready };
}

const articlePanel = (root: HTMLElement): HTMLElement =>
  root.querySelector<HTMLElement>('[aria-labelledby="tab-article"]') as HTMLElement;
const savedPanel = (root: HTMLElement): HTMLElement =>
  root.querySelector<HTMLElement>('[aria-labelledby="tab-saved"]') as HTMLElement;
const saveButton = (root: HTMLElement): HTMLButtonElement =>
  root.querySelector<HTMLButtonElement>('.save-button') as HTMLButtonElement;
const readerButton = (root: HTMLElement): HTMLButtonElement =>
  root.querySelector<HTMLButtonElement>('.reader-button') as HTMLButtonElement;
const savedTitles = (root: HTMLElement): string[] =>
  Array.from(savedPanel(root).querySelectorAll('.saved-title'), (title) => title.textContent ?? '');

function openSavedTab(root: HTMLElement): void {
  root.querySelector<HTMLButtonElement>('[role="tab"]#tab-saved')?.click();
}

function expectSaved(root: HTMLElement): void {
  expect(saveButton(root).textContent).toBe('✓ محفوظ');
  expect(saveButton(root).getAttribute('aria-pressed')).toBe('true');
  expect(readerButton(root).hidden).toBe(false);
}

function expectNotSaved(root: HTMLElement): void {
  expect(saveButton(root).textContent).toBe('حفظ');
  expect(saveButton(root).getAttribute('aria-pressed')).toBe('false');
  expect(saveButton(root).disabled).toBe(false);
  expect(readerButton(root).hidden).toBe(true);
}

describe('createPopup: the article', () => {
  it('shows the loading text until the article is read, then the article', async () => {
    let finishReading: (outcome: ReadOutcome) => void = () => {};
    const { root, ready } = openPopup({ read: () => new Promise((resolve) => (finishReading = resolve)) });
    expect(articlePanel(root).textContent).toBe('جارٍ تجهيز المقال…');
    expect(articlePanel(root).getAttribute('aria-busy')).toBe('true');

    finishReading({ kind: 'article', article: ARTICLE });
    await ready;
    expect(articlePanel(root).querySelector('h1')?.textContent).toBe(ARTICLE.title);
    expect(articlePanel(root).textContent).not.toContain('جارٍ تجهيز المقال…');
    expect(articlePanel(root).getAttribute('aria-busy')).toBe('false');
    expectNotSaved(root);
  });

  it('marks when the article is painted in its faces, and asks the library only after that', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    try {
      performance.clearMarks('hibr:article-shown');
      const library = fakeLibrary([ARTICLE]);
      const findIdByUrl = vi.spyOn(library, 'findIdByUrl');
      let loadFaces: () => void = () => {};
      const faces = new Promise<void>((resolve) => (loadFaces = resolve));
      const { root, ready } = openPopup({ library, facesLoaded: () => faces });
      await vi.waitFor(() => expect(articlePanel(root).querySelector('h1')).not.toBeNull());
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(frames).toHaveLength(0); // no frame is waited for while the faces load

      loadFaces();
      await vi.waitFor(() => expect(frames).toHaveLength(1));
      expect(articlePanel(root).querySelector('h1')?.textContent).toBe(ARTICLE.title);
      expect(performance.getEntriesByName('hibr:article-shown')).toHaveLength(0);
      expect(findIdByUrl).not.toHaveBeenCalled();

      frames[0]?.(performance.now());
      await ready;
      expect(performance.getEntriesByName('hibr:article-shown')).toHaveLength(1);
      expect(findIdByUrl).toHaveBeenCalledWith(ARTICLE.url);
      expectSaved(root);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('shows the message of a page it cannot read, in Arabic', async () => {
    const { root, ready } = openPopup({ read: async () => ({ kind: 'message', message: 'notAnArticle' }) });
    await ready;
    expect(articlePanel(root).querySelector('[role="alert"]')?.textContent).toBe(ar.t('notAnArticle'));
    expect(root.querySelector('.save-button')).toBeNull();
  });

  it('shows the message in English when the interface is English', async () => {
    const en = createTranslator('en');
    const { root, ready } = openPopup({ i18n: en, read: async () => ({ kind: 'message', message: 'restrictedPage' }) });
    await ready;
    expect(articlePanel(root).textContent).toBe(en.t('restrictedPage'));
    expect(articlePanel(root).textContent).toContain("Hibr can't read this page");
  });

  it('shows the read-failed message when reading the tab throws', async () => {
    const { root, ready } = openPopup({ read: () => Promise.reject(new Error('No tab with id: 7')) });
    await ready;
    expect(articlePanel(root).querySelector('[role="alert"]')?.textContent).toBe(ar.t('readFailed'));
    expect(articlePanel(root).getAttribute('aria-busy')).toBe('false');
  });
});

describe('createPopup: saving', () => {
  it('saves once, then shows the button pressed and the reader button', async () => {
    const { root, ports, ready } = openPopup();
    const save = vi.spyOn(ports.library, 'save');
    await ready;

    saveButton(root).click();
    saveButton(root).click();
    await vi.waitFor(() => expectSaved(root));
    expect(save).toHaveBeenCalledOnce();
    expect(await ports.library.findIdByUrl(ARTICLE.url)).toBeDefined();
  });

  it('opens the saved article in the reader', async () => {
    const { root, ports, ready } = openPopup();
    await ready;
    saveButton(root).click();
    await vi.waitFor(() => expectSaved(root));

    readerButton(root).click();
    expect(ports.openReader).toHaveBeenCalledExactlyOnceWith(await ports.library.findIdByUrl(ARTICLE.url));
  });

  it('explains a full quota and leaves the button usable', async () => {
    const library = fakeLibrary();
    library.failSavesWith = 'quota-exceeded';
    const { root, ready } = openPopup({ library });
    await ready;

    saveButton(root).click();
    await vi.waitFor(() => expect(root.querySelector('.save-status')?.textContent).toBe(ar.t('quotaExceeded')));
    expectNotSaved(root);

    library.failSavesWith = undefined;
    saveButton(root).click();
    await vi.waitFor(() => expectSaved(root));
  });

  it('opens an article that is already in the library as saved', async () => {
    const { root, ready } = openPopup({ library: fakeLibrary([ARTICLE]) });
    await ready;
    expectSaved(root);
    expect(saveButton(root).disabled).toBe(true);
  });
});

describe('createPopup: the Saved tab', () => {
  it('lists the library newest first, with title, site and reading time', async () => {
    const { root, ready } = openPopup({ library: fakeLibrary([OLDER, NEWER]) });
    await ready;
    openSavedTab(root);
    await vi.waitFor(() => expect(savedTitles(root)).toEqual(['الأحدث', 'الأقدم']));
    expect(savedPanel(root).hidden).toBe(false);
    expect(articlePanel(root).hidden).toBe(true);
    const [newest] = Array.from(savedPanel(root).querySelectorAll('.saved-details'), (d) => d.textContent ?? '');
    expect(newest).toContain('بي بي سي');
    expect(newest).toContain('دقيقتا قراءة');
  });

  it('shows the empty text for an empty library', async () => {
    const { root, ready } = openPopup();
    await ready;
    openSavedTab(root);
    await vi.waitFor(() => expect(savedPanel(root).textContent).toBe(ar.t('emptyLibrary')));
  });

  it('lists an article saved a moment ago', async () => {
    const { root, ready } = openPopup();
    await ready;
    saveButton(root).click();
    await vi.waitFor(() => expectSaved(root));
    openSavedTab(root);
    await vi.waitFor(() => expect(savedTitles(root)).toEqual([ARTICLE.title]));
  });

  it("deletes a row, and the current article's Save button goes back to «حفظ»", async () => {
    const { root, ports, ready } = openPopup({ library: fakeLibrary([OLDER, ARTICLE]) });
    await ready;
    expectSaved(root);
    openSavedTab(root);
    await vi.waitFor(() => expect(savedTitles(root)).toEqual([ARTICLE.title, 'الأقدم']));

    savedPanel(root).querySelector<HTMLButtonElement>('.saved-item .saved-delete')?.click();
    await vi.waitFor(() => expect(savedTitles(root)).toEqual(['الأقدم']));
    await vi.waitFor(() => expectNotSaved(root));
    expect(await ports.library.findIdByUrl(ARTICLE.url)).toBeUndefined();
  });

  it('opens a saved row in the reader', async () => {
    const { root, ports, ready } = openPopup({ library: fakeLibrary([OLDER]) });
    await ready;
    openSavedTab(root);
    await vi.waitFor(() => expect(savedTitles(root)).toEqual(['الأقدم']));
    savedPanel(root).querySelector<HTMLButtonElement>('.saved-open')?.click();
    expect(ports.openReader).toHaveBeenCalledExactlyOnceWith(await ports.library.findIdByUrl(OLDER.url));
  });

  it('goes back to the article from the Saved tab', async () => {
    const { root, ready } = openPopup();
    await ready;
    openSavedTab(root);
    root.querySelector<HTMLButtonElement>('#tab-article')?.click();
    expect(articlePanel(root).hidden).toBe(false);
    expect(savedPanel(root).hidden).toBe(true);
    expect(root.querySelector('#tab-article')?.getAttribute('aria-selected')).toBe('true');
  });
});
