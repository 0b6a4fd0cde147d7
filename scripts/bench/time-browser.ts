import type { BrowserContext, Page, Route } from 'playwright-core';
import { launchWithExtension } from '../../tests/e2e/support/browser';
import { startFixtureServer } from '../../tests/e2e/support/fixture-server';
import { bundlePageScripts } from './bundle-page-scripts';
import { BARE_BUILD_DIR, E2E_BUILD_DIR } from './ensure-e2e-build';
import type { BenchCase } from './load-corpus';
import type { AlternatedSamples, Sample } from './time-alternately';
import { timeInPage } from './time-in-page';
import { timePopupOpen, watchPopupMessages } from './time-popup';

/** A transparent 1×1 GIF: what every image from elsewhere gets. */
const BLANK_GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const LOAD_TIMEOUT_MS = 15_000;

/**
 * Serves the page offline: its own origin from the fixture server, images from elsewhere as a blank
 * (an aborted one can loop forever, as youm7's `onerror` swaps in another remote image), the rest refused.
 */
function answerOffline(route: Route, origin: string): Promise<void> {
  const request = route.request();
  if (request.url().startsWith(`${origin}/`)) return route.continue();
  if (request.resourceType() === 'image') return route.fulfill({ contentType: 'image/gif', body: BLANK_GIF });
  return route.abort();
}

/** A new tab showing `url`, loaded (or as far as it gets in 15 s) with nothing fetched from elsewhere. */
async function openOffline(
  context: BrowserContext,
  url: string,
  origin: string,
  log: (message: string) => void,
): Promise<Page> {
  const page = await context.newPage();
  await page.route('**/*', (route) => answerOffline(route, origin));
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page
    .waitForLoadState('load', { timeout: LOAD_TIMEOUT_MS })
    .catch(() => log(`${url}: no load event after ${LOAD_TIMEOUT_MS} ms; timing the page as it is`));
  return page;
}

/**
 * In-page runs per `runs`: they take milliseconds. On the seed page (Hibr about 8 ms) the median of
 * 7 gave 1.69, 2.55 and 1.64 times bare Readability's in three benches, as V8 finishes its optimized
 * code at a different run each time; the median of 21 gave 1.55, 1.48 and 1.43.
 */
export const IN_PAGE_RUNS_PER_RUN = 3;

export interface BrowserTiming {
  /** Hibr's pipeline (`a`) and bare Readability (`b`) in the live page. */
  inPage: AlternatedSamples;
  popup: Sample[];
  /** The reference build's popup, bare Readability in the tab, opened in turn with Hibr's. */
  barePopup: Sample[];
}

/**
 * Every page, in order, in headless Chromium with the e2e build loaded, served on 127.0.0.1 (the
 * build's one host permission) and offline, so that pages load the same way every time.
 */
export async function timeBrowserPages(
  cases: readonly BenchCase[],
  runs: number,
  log: (message: string) => void,
): Promise<BrowserTiming[]> {
  const scripts = await bundlePageScripts();
  const server = await startFixtureServer();
  const browser = await launchWithExtension(E2E_BUILD_DIR, {
    headless: true,
    lang: 'ar',
    exposeGc: true,
    alongside: [BARE_BUILD_DIR],
  });
  const [bareId] = browser.alongsideIds;
  const timings: BrowserTiming[] = [];
  try {
    await watchPopupMessages(browser.context);
    for (const [index, bench] of cases.entries()) {
      log(`browser ${index + 1}/${cases.length} ${bench.id}`);
      const path = `/bench/${index}/`;
      server.pages.set(path, { body: bench.html });
      const url = `${server.origin}${path}`;
      const page = await openOffline(browser.context, url, server.origin, log);
      const inPage = await timeInPage(page, scripts, runs * IN_PAGE_RUNS_PER_RUN);
      const popup: Sample[] = [];
      const barePopup: Sample[] = [];
      // In turn, each first on every other run, and on every other page for the page's first open
      // (the one that pays for what the tab sets up once), so that neither always opens on the other's
      // leftovers.
      for (let run = 0; run < runs; run += 1) {
        const timeHibr = async (): Promise<void> => void popup.push(await timePopupOpen(browser, url));
        const timeBare = async (): Promise<void> => void barePopup.push(await timePopupOpen(browser, url, bareId));
        for (const time of (run + index) % 2 === 0 ? [timeHibr, timeBare] : [timeBare, timeHibr]) await time();
      }
      timings.push({ inPage, popup, barePopup });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return timings;
}
