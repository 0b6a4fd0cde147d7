import Dexie, { type Table } from 'dexie';
import { LIBRARY_VERSIONS, type LibraryVersion } from './library-schema';
import type { ArticleBody, ArticleRow } from './saved-article';

/** The database's name in the extension's origin. */
export const LIBRARY_DB_NAME = 'hibr-library';

/**
 * The saved-articles library. Open it from extension pages and the background only: in a content
 * script, IndexedDB belongs to the website being read, not to the extension.
 */
export class LibraryDb extends Dexie {
  declare readonly articles: Table<ArticleRow, string>;
  declare readonly bodies: Table<ArticleBody, string>;

  constructor(name: string, versions: readonly LibraryVersion[]) {
    super(name);
    for (const { version, stores, upgrade } of versions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}

/**
 * The library, opened lazily by its first query. `versions` exists so a test can prove a future
 * version's upgrade on a database written by the current one; the app passes nothing.
 */
export function openLibraryDb(name = LIBRARY_DB_NAME, versions = LIBRARY_VERSIONS): LibraryDb {
  return new LibraryDb(name, versions);
}
