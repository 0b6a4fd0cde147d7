import { startReadingEarly } from '@/src/platform/early-reading';

/**
 * The popup's first script, `/popup-start.js`: a classic script at the top of its head, so that the
 * page reads the tab before it has loaded its stylesheets and its module (entrypoints/popup/main.ts),
 * which takes the reading from here.
 */
export default defineUnlistedScript(() => startReadingEarly(globalThis, location.search));
