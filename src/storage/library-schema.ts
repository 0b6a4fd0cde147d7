import type { Transaction } from 'dexie';

/**
 * One version of the library database: its tables as Dexie declares them, and how the rows written
 * by the version before are rewritten. Versions are only appended; a shipped one is never edited.
 */
export interface LibraryVersion {
  version: number;
  /** Dexie store specs; a table left out keeps its previous spec, `null` deletes it. */
  stores: Record<string, string | null>;
  /** Runs once, inside the upgrade transaction, when a database of an older version is opened. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const LIBRARY_VERSIONS: readonly LibraryVersion[] = [
  {
    version: 1,
    stores: {
      // One row per canonical URL (&url), newest first by savedAt. Primary key `id`, a UUID from saveArticle.
      articles: 'id, &url, savedAt',
      // html and text apart, keyed by the article's id, so that lists never read them.
      bodies: 'id',
    },
  },
  // Version 2 goes here, for example with SAVED_ARTICLE_VERSION bumped to 2:
  //   { version: 2, stores: { articles: 'id, &url, savedAt, *tags' },
  //     upgrade: (tx) => upgradeRows(tx, 'articles', (row) => { const v1 = parseArticleRowV1(row); … }) }
  // and a case in tests/unit/storage/library-migrations.test.ts that writes the v1 rows raw.
];

/**
 * Rewrites every row of `table` for a new version. `upgradeRow` receives the stored value untyped (an
 * older build wrote it, and it may be corrupt) and returns the new row, or null to leave a row it
 * cannot read as it is: readers skip such a row, and one bad row must not stop the library opening.
 * The new row must keep its primary key.
 */
export async function upgradeRows<To>(
  tx: Transaction,
  table: string,
  upgradeRow: (row: unknown) => To | null,
): Promise<void> {
  await tx
    .table(table)
    .toCollection()
    .modify((row: unknown, ctx) => {
      const upgraded = upgradeRow(row);
      if (upgraded !== null) ctx.value = upgraded;
    });
}
