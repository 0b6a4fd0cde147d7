import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { fontsUsedFor } from './support/fonts';
import { saveScreenshot } from './support/screenshots';

const EXTENSION_DIR = '.output/chrome-mv3-e2e';
const ARABIC_CASE = 'wordpress-newspaper-morocco';
const ARABIC_TITLE_START = 'المغرب';

let server: FixtureServer;
let browser: ExtensionBrowser;
let articlePage: Page;

async function popupFor(url: string): Promise<Page> {
  const popup = await browser.openPopup(url);
  await popup.locator('.popup-panel[aria-busy="false"]').first().waitFor();
  return popup;
}

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension(EXTENSION_DIR, { headless: true, lang: 'ar' });
  articlePage = await browser.context.newPage();
  await articlePage.goto(server.articleUrl(ARABIC_CASE));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('an Arabic news page, from the toolbar button to the library', () => {
  it('shows the article alone, right-to-left, in the bundled Arabic face', async () => {
    const popup = await popupFor(server.articleUrl(ARABIC_CASE));
    const article = popup.locator('.hibr-article');
    await expect(article.getAttribute('dir')).resolves.toBe('rtl');
    await expect(article.getAttribute('lang')).resolves.toBe('ar');
    await expect(popup.locator('html').getAttribute('dir')).resolves.toBe('rtl');
    const title = await popup.locator('.hibr-title').textContent();
    expect(title).toContain(ARABIC_TITLE_START);
    const body = (await popup.locator('.hibr-body').textContent()) ?? '';
    expect(body.length).toBeGreaterThan(500);
    expect(body).not.toContain('Advertisment');
    expect(body).not.toContain('اترك رد');
    await expect(popup.locator('.hibr-body h2').count()).resolves.toBeGreaterThan(0);

    await popup.evaluate(() => document.fonts.ready.then(() => undefined));
    const fonts = await fontsUsedFor(popup, '.hibr-body p');
    const main = fonts.toSorted((a, b) => b.glyphCount - a.glyphCount)[0];
    expect(main?.familyName).toBe('Noto Naskh Arabic');
    expect(main?.isCustomFont).toBe(true);
    const uiFonts = await fontsUsedFor(popup, '.popup-tab');
    expect(uiFonts.map((font) => font.familyName)).toContain('Noto Sans Arabic');

    await saveScreenshot(popup, 'popup-article');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(popup, 'popup-article-dark');
    await popup.close();
  });

  it('opened again, reads the page as it is now, with the extraction code the tab kept', async () => {
    const url = server.articleUrl(ARABIC_CASE);
    const first = await popupFor(url);
    const before = (await first.locator('.hibr-body').textContent()) ?? '';
    await first.close();
    // The tab's isolated world, where the popup's script runs, holds this build's extractor.
    const kept = await browser.serviceWorker.evaluate(`(async () => {
      const [tab] = await chrome.tabs.query({ url: ${JSON.stringify(url)} });
      const [injection] = await chrome.scripting.executeScript({
        target: { tabId: tab.id },
        func: function () { return globalThis.hibrExtractor ? globalThis.hibrExtractor.build : null; },
      });
      return injection.result;
    })()`);
    expect(kept).toMatch(/^[0-9a-f]{16}$/);

    const added = 'وهذه جملة أضيفت إلى المقال بعد أن فتح القارئ أول مرة.';
    await articlePage.evaluate((sentence) => {
      const paragraphs = Array.from(document.querySelectorAll('p'));
      const longest = paragraphs.sort((a, b) => (b.textContent ?? '').length - (a.textContent ?? '').length)[0];
      longest?.append(` ${sentence}`);
    }, added);
    const again = await popupFor(url);
    const after = (await again.locator('.hibr-body').textContent()) ?? '';
    await again.close();
    expect(before).not.toContain(added);
    expect(after).toContain(added);
    await articlePage.reload();
  });

  it('saves once, shows it in the Saved view, and remembers it when the popup opens again', async () => {
    const popup = await popupFor(server.articleUrl(ARABIC_CASE));
    const save = popup.locator('.save-button');
    await expect(save.textContent()).resolves.toBe('حفظ');
    await save.click();
    await popup.locator('.save-button[aria-pressed="true"]').waitFor();

    await popup.locator('#tab-saved').click();
    const items = popup.locator('.saved-item');
    await items.first().waitFor();
    await expect(items.count()).resolves.toBe(1);
    await expect(items.first().locator('.saved-title').textContent()).resolves.toContain(ARABIC_TITLE_START);
    await saveScreenshot(popup, 'popup-saved');
    await popup.close();

    const again = await popupFor(server.articleUrl(ARABIC_CASE));
    await again.locator('.save-button[aria-pressed="true"]').waitFor();
    await again.locator('#tab-saved').click();
    await again.locator('.saved-item').first().waitFor();
    await expect(again.locator('.saved-item').count()).resolves.toBe(1);
    await again.close();
  });

  it('opens the saved copy in the reader tab, in light and dark, wide and narrow', async () => {
    const popup = await popupFor(server.articleUrl(ARABIC_CASE));
    await popup.locator('#tab-saved').click();
    const [reader] = await Promise.all([
      browser.context.waitForEvent('page'),
      popup.locator('.saved-open').first().click(),
    ]);
    await reader.locator('.hibr-article').waitFor();
    await reader.setViewportSize({ width: 1100, height: 900 });
    await expect(reader.locator('.hibr-article').getAttribute('dir')).resolves.toBe('rtl');
    await expect(reader.locator('.hibr-title').textContent()).resolves.toContain(ARABIC_TITLE_START);
    await reader.evaluate(() => document.fonts.ready.then(() => undefined));
    const fonts = await fontsUsedFor(reader, '.hibr-body p');
    expect(fonts.map((font) => font.familyName)).toContain('Noto Naskh Arabic');
    await saveScreenshot(reader, 'reader-light');
    await reader.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(reader, 'reader-dark');
    await reader.setViewportSize({ width: 360, height: 740 });
    const overflow = await reader.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(reader, 'reader-narrow-dark');
    await reader.close();
    await popup.close();
  });

  it('deletes from the Saved view', async () => {
    const popup = await popupFor(server.articleUrl(ARABIC_CASE));
    await popup.locator('#tab-saved').click();
    await popup.locator('.saved-delete').first().click();
    await popup.locator('.saved-empty').waitFor();
    await expect(popup.locator('.saved-item').count()).resolves.toBe(0);
    await popup.locator('#tab-article').click();
    await expect(popup.locator('.save-button').textContent()).resolves.toBe('حفظ');
    await popup.close();
  });
});

describe('pages Hibr cannot read say so', () => {
  it('a home page with no article', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.articleUrl('news-home-page'));
    const popup = await popupFor(server.articleUrl('news-home-page'));
    const message = await popup.locator('.popup-message').textContent();
    expect(message).toContain('لم يجد حبر مقالًا');
    await saveScreenshot(popup, 'popup-not-an-article');
    await popup.close();
    await page.close();
  });

  it('a browser page (chrome://)', async () => {
    const tabId = await browser.createTab('chrome://version/');
    const popup = await browser.openPopupForTab(tabId);
    await popup.locator('.popup-panel[aria-busy="false"]').first().waitFor();
    const message = await popup.locator('.popup-message').textContent();
    expect(message).toContain('لا يستطيع حبر قراءة هذه الصفحة');
    await popup.close();
  });

  it('a PDF', async () => {
    server.pages.set('/report.pdf', {
      body: '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
      headers: { 'content-type': 'application/pdf' },
    });
    const url = `${server.origin}/report.pdf`;
    const page = await browser.context.newPage();
    await page.goto(url).catch(() => undefined); // Chromium may hand the PDF to its viewer or download it
    const popup = await popupFor(url);
    await expect(popup.locator('.popup-message').textContent()).resolves.toContain('ملف PDF');
    await popup.close();
    await page.close();
  });

  it('an English page reads left-to-right', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.articleUrl('english-news-page'));
    const popup = await popupFor(server.articleUrl('english-news-page'));
    await expect(popup.locator('.hibr-article').getAttribute('dir')).resolves.toBe('ltr');
    await expect(popup.locator('.hibr-article').getAttribute('lang')).resolves.toBe('en');
    await popup.close();
    await page.close();
  });
});
