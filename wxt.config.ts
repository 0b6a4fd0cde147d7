import { defineConfig } from 'wxt';

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

// https://wxt.dev/api/config.html
export default defineConfig({
  manifestVersion: 3,
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'ar',
    // activeTab + scripting: read the page only when the user clicks the toolbar button.
    // storage / unlimitedStorage: settings, and a library of thousands of saved articles.
    permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage'],
    // The e2e build alone may read the local test server, so the test can drive the popup without a click.
    host_permissions: mode === 'e2e' ? ['http://127.0.0.1/*'] : [],
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
