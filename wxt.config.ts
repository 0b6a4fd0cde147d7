import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

/**
 * The bench's reference build: this extension with bare Readability in the tab instead of Hibr's
 * extraction (scripts/bench/bare-extract-article.ts), and a name of its own to be told apart by.
 */
const BENCH_BARE_MODE = 'bench-bare';

/** In the bench's reference build, bare Readability stands in for Hibr's extraction wherever it is imported. */
function bareReadabilityInTheTab(): Plugin {
  const extraction = resolve('src/extract/extract-article');
  return {
    name: 'hibr:bench-bare-readability',
    enforce: 'pre',
    resolveId: (source) =>
      source.replace(/\.ts$/, '') === extraction ? resolve('scripts/bench/bare-extract-article.ts') : null,
  };
}

/** Extension pages render hostile article HTML: scripts only from the package, no plugins, no <base>, no forms. */
const EXTENSION_PAGES_CSP = [
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "style-src 'self'",
  "font-src 'self'",
].join('; ');

/**
 * A digest of the sources and the locked dependencies: what tells this build's extraction code from
 * another's in a tab that kept it (src/platform/reused-extractor.ts). From the files, not the time,
 * so that the same sources always build the same extension.
 */
function sourceDigest(): string {
  const sources = ['src', 'entrypoints'].flatMap((dir) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name)),
  );
  const hash = createHash('sha256');
  for (const file of ['package-lock.json', ...sources.sort()]) hash.update(`${file}\0`).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

// https://wxt.dev/api/config.html
export default defineConfig({
  manifestVersion: 3,
  // `wxt dev` rebuilds without reading this again, so there the tab never keeps the code.
  vite: ({ mode }) => ({
    define: { __HIBR_BUILD__: JSON.stringify(mode === 'development' ? null : sourceDigest()) },
    plugins: mode === BENCH_BARE_MODE ? [bareReadabilityInTheTab()] : [],
  }),
  manifest: ({ mode, browser }) => ({
    name: mode === BENCH_BARE_MODE ? 'Hibr bench reference: bare Readability' : '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'ar',
    // activeTab + scripting: read the page only when the user clicks the toolbar button.
    // storage / unlimitedStorage: settings, and a library of thousands of saved articles.
    permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage'],
    // The e2e build and the bench's reference build alone may read the local test server, so that
    // tests and the bench can drive the popup without a click.
    host_permissions: mode === 'e2e' || mode === BENCH_BARE_MODE ? ['http://127.0.0.1/*'] : [],
    action: { default_title: '__MSG_actionTitle__' },
    content_security_policy: mode === 'development' ? undefined : { extension_pages: EXTENSION_PAGES_CSP },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'hibr@hibr-reader.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
