import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleMessage, Page } from 'playwright-core';
import { ATTACK_PAGE_TITLE, attackPage } from '../security/attack-page';
import { VECTORS } from '../security/vectors';
import { startAttackerServer, type AttackerServer } from './support/attacker-server';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { saveScreenshot } from './support/screenshots';

const EXTENSION_DIR = '.output/chrome-mv3-e2e';
const ATTACK_PATH = '/attack/';

/** A page of about 5 MB and 100,000 elements: a long list of short paragraphs. */
function hugePage(): string {
  const row =
    '<div class="row"><span>سطر</span><p>نص قصير في صفحة ضخمة جدًا للاختبار، يتكرر مرة بعد مرة ومرة أخرى.</p></div>';
  return `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>صفحة ضخمة</title></head><body>${row.repeat(33_400)}</body></html>`;
}

/** An article that lives in an iframe of another page: Hibr reads the top frame only. */
function framedPage(origin: string): string {
  return `<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>بوابة</title></head>
<body><nav><a href="/">الرئيسية</a></nav><iframe src="${origin}/articles/levant-newspaper/" width="800" height="900"></iframe></body></html>`;
}

/** An article rendered inside an open shadow root, its paragraphs invisible to a plain clone. */
function shadowPage(): string {
  const paragraph =
    'قالت وزارة الزراعة إن موسم قطف الزيتون هذا العام جاء أفضل من المتوقع رغم شح الأمطار في الربيع، إذ ارتفع الإنتاج في المناطق الجبلية بنسبة ملحوظة مقارنة بالعام الماضي.';
  return `<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>موسم الزيتون يفوق التوقعات</title></head>
<body><header><a href="/">الرئيسية</a></header><news-body></news-body>
<script>
  const host = document.querySelector('news-body');
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = '<article><h1>موسم الزيتون يفوق التوقعات</h1>' + '<p>${paragraph}</p>'.repeat(6) + '</article>';
</script></body></html>`;
}

let server: FixtureServer;
let attacker: AttackerServer;
let browser: ExtensionBrowser;
const problems: string[] = [];

/** An article image that did not load (the test serves no photos and has no network): the page's, not Hibr's. */
const IMAGE_LOAD_FAILURE =
  /^Failed to load resource: (?:net::ERR_NAME_NOT_RESOLVED|the server responded with a status of 404)/;

/** Console errors, CSP violations and uncaught exceptions of an extension page: none may come from Hibr. */
function watch(page: Page, name: string): Page {
  page.on('console', (message: ConsoleMessage) => {
    const text = message.text();
    if (/Content Security Policy/i.test(text) || (message.type() === 'error' && !IMAGE_LOAD_FAILURE.test(text))) {
      problems.push(`${name} console: ${text}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`${name} exception: ${error.message}`));
  return page;
}

async function sentinel(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __hibrPwned?: unknown }).__hibrPwned);
}

function extensionHits(): string[] {
  return attacker.hits
    .filter((hit) => hit.path.includes('/hit/'))
    .map((hit) => `${hit.path} from ${hit.origin || hit.referer || '?'}`);
}

beforeAll(async () => {
  attacker = await startAttackerServer();
  server = await startFixtureServer();
  server.pages.set(ATTACK_PATH, {
    body: attackPage(VECTORS, { attackerOrigin: attacker.origin }),
    // The page in its own tab must not run its payloads (nor refresh itself away): what is tested is
    // what Hibr's pages do with its HTML.
    headers: { 'content-security-policy': "sandbox allow-same-origin; default-src 'self'; img-src 'self'" },
  });
  browser = await launchWithExtension(EXTENSION_DIR, { headless: true, lang: 'ar' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await attacker?.close();
});

describe(`${VECTORS.length} attack vectors in an Arabic article`, () => {
  it('run nothing and reach no one from the popup, the reader, or a reopened reader', async () => {
    const url = `${server.origin}${ATTACK_PATH}`;
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.waitForLoadState('load');
    attacker.hits.length = 0;

    const popup = watch(await browser.openPopup(url), 'popup');
    await popup.locator('.hibr-article').waitFor();
    await expect(popup.locator('.hibr-title').textContent()).resolves.toBe(ATTACK_PAGE_TITLE);
    await popup.locator('.save-button').click();
    await popup.locator('.save-button[aria-pressed="true"]').waitFor();
    await popup.mouse.wheel(0, 20_000);
    await popup.waitForTimeout(500);
    expect(await sentinel(popup)).toBeUndefined();
    await saveScreenshot(popup, 'popup-attack-page');

    const [reader] = await Promise.all([browser.context.waitForEvent('page'), popup.locator('.reader-button').click()]);
    watch(reader, 'reader');
    await reader.locator('.hibr-article').waitFor();
    await reader.mouse.wheel(0, 20_000);
    await reader.waitForTimeout(500);
    expect(await sentinel(reader)).toBeUndefined();
    await reader.reload();
    await reader.locator('.hibr-article').waitFor();
    await reader.waitForTimeout(500);
    expect(await sentinel(reader)).toBeUndefined();
    await expect(reader.evaluate(() => location.protocol)).resolves.toBe('chrome-extension:');

    expect(extensionHits()).toEqual([]);
    expect(problems).toEqual([]);
    await reader.close();
    await page.close();
  });
});

describe('pages that are not ordinary', () => {
  async function popupMessage(path: string): Promise<string> {
    const url = `${server.origin}${path}`;
    const page = await browser.context.newPage();
    await page.goto(url);
    // A huge page keeps its own main thread busy laying itself out long after "load"; a reader
    // clicks once it is on screen, so the test waits for that too.
    await page.evaluate(() => document.body.getBoundingClientRect().height);
    const popup = await browser.openPopup(url);
    await popup.locator('.popup-panel[aria-busy="false"]').first().waitFor();
    const message = (await popup.locator('.popup-message').textContent()) ?? '';
    await popup.close();
    await page.close();
    return message;
  }

  it('a 5 MB page of 100,000 elements stops with the «too large» message', async () => {
    server.pages.set('/huge/', { body: hugePage() });
    expect(Buffer.byteLength(hugePage())).toBeGreaterThan(5_000_000);
    await expect(popupMessage('/huge/')).resolves.toContain('أكبر من أن يقرأها');
  });

  it('a page whose article is in an iframe says that only the top frame is read', async () => {
    server.pages.set('/framed/', { body: framedPage(server.origin) });
    await expect(popupMessage('/framed/')).resolves.toContain('إطار مضمَّن');
  });

  it('an article inside an open shadow root is read', async () => {
    server.pages.set('/shadow/', { body: shadowPage() });
    const url = `${server.origin}/shadow/`;
    const page = await browser.context.newPage();
    await page.goto(url);
    const popup = await browser.openPopup(url);
    await popup.locator('.hibr-article').waitFor();
    await expect(popup.locator('.hibr-body p').count()).resolves.toBeGreaterThanOrEqual(6);
    await expect(popup.locator('.hibr-article').getAttribute('dir')).resolves.toBe('rtl');
    await popup.close();
    await page.close();
  });
});
