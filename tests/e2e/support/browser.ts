import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/** The extension API inside the service worker, where `evaluate` runs; typed as WXT's `browser`. */
declare const chrome: typeof browser;

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, ...CHROMIUM_CANDIDATES].find((path) => path && existsSync(path));
  if (!found) throw new Error('No Chromium found: install Debian\'s "chromium" package or set CHROMIUM_PATH.');
  return found;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Opens the popup's page in a tab, aimed at the tab showing `targetUrl`. */
  openPopup: (targetUrl: string) => Promise<Page>;
  /** The same, aimed at a tab by id. */
  openPopupForTab: (tabId: number) => Promise<Page>;
  /** Opens `url` in a new tab through the extension (which may open browser pages) and returns its id. */
  createTab: (url: string) => Promise<number>;
  close: () => Promise<void>;
}

/** Chromium with the built extension loaded, and no network beyond what the test serves. */
export async function launchWithExtension(
  extensionDir: string,
  options: {
    headless: boolean;
    lang?: string;
    /** Gives every page a `gc()`, for timing runs that should not pay for garbage left before them. */
    exposeGc?: boolean;
  },
): Promise<ExtensionBrowser> {
  const path = resolve(extensionDir);
  if (!existsSync(join(path, 'manifest.json'))) throw new Error(`No built extension in ${path}: run the build first.`);
  const userDataDir = await mkdtemp(join(tmpdir(), 'hibr-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless,
    viewport: null,
    locale: options.lang ?? 'ar',
    args: [
      `--disable-extensions-except=${path}`,
      `--load-extension=${path}`,
      `--lang=${options.lang ?? 'ar'}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.exposeGc ? ['--js-flags=--expose-gc'] : []),
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;

  const tabIdOf = (targetUrl: string): Promise<number> =>
    serviceWorker.evaluate(async (url) => {
      const tabs = await chrome.tabs.query({});
      const tab = tabs.find((candidate) => candidate.url === url || candidate.pendingUrl === url);
      if (tab?.id === undefined) throw new Error(`no tab shows ${url}`);
      return tab.id;
    }, targetUrl);

  const openPopupForTab = async (tabId: number): Promise<Page> => {
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 460, height: 580 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    return popup;
  };

  return {
    context,
    extensionId,
    serviceWorker,
    openPopup: async (targetUrl) => openPopupForTab(await tabIdOf(targetUrl)),
    openPopupForTab,
    createTab: (url) =>
      serviceWorker.evaluate(async (target) => {
        const tab = await chrome.tabs.create({ url: target });
        if (tab.id === undefined) throw new Error('tab has no id');
        return tab.id;
      }, url),
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
