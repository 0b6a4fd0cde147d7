import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
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
  /**
   * Opens the popup's page in a tab, aimed at the tab showing `targetUrl`: this extension's popup,
   * or that of the extension with id `ofExtension` (one loaded `alongside`).
   */
  openPopup: (targetUrl: string, ofExtension?: string) => Promise<Page>;
  /** The same, aimed at a tab by id. */
  openPopupForTab: (tabId: number, ofExtension?: string) => Promise<Page>;
  /** The ids of the extensions loaded `alongside`, in their order. */
  alongsideIds: string[];
  /** Opens `url` in a new tab through the extension (which may open browser pages) and returns its id. */
  createTab: (url: string) => Promise<number>;
  close: () => Promise<void>;
}

async function manifestName(path: string): Promise<string> {
  const manifest = join(path, 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`No built extension in ${path}: run the build first.`);
  return (JSON.parse(await readFile(manifest, 'utf8')) as { name: string }).name;
}

/** The service workers of `count` extensions, by the name each one's manifest gives (as built, before translation). */
async function serviceWorkersByName(context: BrowserContext, count: number): Promise<Map<string, Worker>> {
  while (context.serviceWorkers().length < count) await context.waitForEvent('serviceworker');
  const byName = new Map<string, Worker>();
  for (const worker of context.serviceWorkers()) {
    const name = await worker.evaluate(async () => {
      const response = await fetch('/manifest.json'); // the worker's own extension's, as built
      return ((await response.json()) as { name: string }).name;
    });
    byName.set(name, worker);
  }
  return byName;
}

/** Chromium with the built extension loaded, and no network beyond what the test serves. */
export async function launchWithExtension(
  extensionDir: string,
  options: {
    headless: boolean;
    lang?: string;
    /** Gives every page a `gc()`, for timing runs that should not pay for garbage left before them. */
    exposeGc?: boolean;
    /** Built extensions to load as well (the bench's reference build); each needs a name of its own. */
    alongside?: readonly string[];
  },
): Promise<ExtensionBrowser> {
  const paths = [extensionDir, ...(options.alongside ?? [])].map((dir) => resolve(dir));
  const names = await Promise.all(paths.map(manifestName));
  if (new Set(names).size !== names.length)
    throw new Error(`Extensions loaded together need names of their own: ${names.join(', ')}`);
  const userDataDir = await mkdtemp(join(tmpdir(), 'hibr-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless,
    viewport: null,
    locale: options.lang ?? 'ar',
    args: [
      `--disable-extensions-except=${paths.join(',')}`,
      `--load-extension=${paths.join(',')}`,
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
  const workers = await serviceWorkersByName(context, names.length);
  const [serviceWorker, ...alongsideWorkers] = names.map((name) => {
    const worker = workers.get(name);
    if (!worker) throw new Error(`No service worker started for the extension named ${name}`);
    return worker;
  }) as [Worker, ...Worker[]];
  const extensionId = new URL(serviceWorker.url()).host;

  const tabIdOf = (targetUrl: string): Promise<number> =>
    serviceWorker.evaluate(async (url) => {
      const tabs = await chrome.tabs.query({});
      const tab = tabs.find((candidate) => candidate.url === url || candidate.pendingUrl === url);
      if (tab?.id === undefined) throw new Error(`no tab shows ${url}`);
      return tab.id;
    }, targetUrl);

  const openPopupForTab = async (tabId: number, ofExtension = extensionId): Promise<Page> => {
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 460, height: 580 });
    await popup.goto(`chrome-extension://${ofExtension}/popup.html?tab=${tabId}`);
    return popup;
  };

  return {
    context,
    extensionId,
    serviceWorker,
    openPopup: async (targetUrl, ofExtension) => openPopupForTab(await tabIdOf(targetUrl), ofExtension),
    openPopupForTab,
    alongsideIds: alongsideWorkers.map((worker) => new URL(worker.url()).host),
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
