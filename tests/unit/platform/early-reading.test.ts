import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { startReadingEarly, takeReading } from '../../../src/platform/early-reading';

const ARTICLE = {
  url: 'https://news.example/a',
  title: 'عنوان',
  byline: '',
  siteName: '',
  publishedTime: null,
  lang: 'ar',
  dir: 'rtl',
  excerpt: '',
  leadImage: '',
  html: '<p>نص</p>',
  text: 'نص',
  wordCount: 1,
  readingMinutes: 1,
};

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

async function openTab(): Promise<number> {
  const tab = await browser.tabs.create({ url: 'https://news.example/a' });
  return tab.id as number;
}

describe('the reading the popup starts in its first script', () => {
  it('is left on the window and taken by the module, which does not read the tab again', async () => {
    const tabId = await openTab();
    const inject = vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([{ result: ARTICLE }] as never);
    const scope = {};
    startReadingEarly(scope, `?tab=${tabId}`);
    expect(await takeReading(scope, `?tab=${tabId}`)).toEqual({ kind: 'article', article: ARTICLE });
    expect(inject).toHaveBeenCalledTimes(1);
    expect(inject).toHaveBeenCalledWith({ target: { tabId }, files: ['/extract.js'] });
  });

  it('is started by the module when the first script did not leave one', async () => {
    const tabId = await openTab();
    const inject = vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([{ result: ARTICLE }] as never);
    const reading = takeReading({ hibrReading: 'not a promise' }, `?tab=${tabId}`);
    expect(await reading).toEqual({ kind: 'article', article: ARTICLE });
    expect(inject).toHaveBeenCalledTimes(1);
  });

  it('gives the message for a page the browser does not let it read', async () => {
    const tabId = await openTab();
    vi.spyOn(browser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of the page'));
    const scope = {};
    startReadingEarly(scope, `?tab=${tabId}`);
    expect(await takeReading(scope, '')).toEqual({ kind: 'message', message: 'restrictedPage' });
  });
});
