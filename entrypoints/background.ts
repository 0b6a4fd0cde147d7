import { openLibraryDb } from '@/src/storage/library-db';

/**
 * Hibr reads pages from the popup (activeTab + scripting), so the background has one job: after an
 * update, open the library once so that a schema upgrade runs here rather than in the first popup.
 */
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'update') return;
    const db = openLibraryDb();
    void db
      .open()
      .catch((error: unknown) => console.error('Hibr: the library could not be upgraded', error))
      .finally(() => db.close());
  });
});
