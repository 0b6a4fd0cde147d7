import { afterEach } from 'vitest';
import { openLibraryDb, type LibraryDb } from '../../../src/storage/library-db';
import type { LibraryVersion } from '../../../src/storage/library-schema';

export { makeArticle } from '../make-article';

let opened: LibraryDb[] = [];

afterEach(() => {
  for (const db of opened) db.close();
  opened = [];
});

/** A database name no other test has used, so no test sees another's records. */
export function freshDbName(): string {
  return `hibr-library-test-${crypto.randomUUID()}`;
}

/** A library on a fresh (or the given) database, closed after the test. */
export function openTestDb(name = freshDbName(), versions?: readonly LibraryVersion[]): LibraryDb {
  const db = versions ? openLibraryDb(name, versions) : openLibraryDb(name);
  opened.push(db);
  return db;
}

/** Unwraps a StorageResult the test expects to succeed, failing with the error otherwise. */
export function expectOk<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(`storage failed: ${result.error}`);
  return result.value;
}
