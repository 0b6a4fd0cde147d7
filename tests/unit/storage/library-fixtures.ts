import { afterEach } from 'vitest';
import type { Article } from '../../../src/extract/types';
import { openLibraryDb, type LibraryDb } from '../../../src/storage/library-db';
import type { LibraryVersion } from '../../../src/storage/library-schema';

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

export function makeArticle(changes: Partial<Article> = {}): Article {
  return {
    url: 'https://www.aljazeera.net/news/2024/5/1/تقرير',
    title: 'ارتفاع أسعار القمح في الأسواق العربية',
    byline: 'أحمد منصور',
    siteName: 'الجزيرة نت',
    publishedTime: '2024-05-01T08:30:00.000Z',
    lang: 'ar',
    dir: 'rtl',
    excerpt: 'سجلت أسعار القمح ارتفاعا جديدا.',
    leadImage: 'https://www.aljazeera.net/wp-content/uploads/wheat.jpg',
    html: '<p dir="rtl">سجلت أسعار القمح ارتفاعا جديدا هذا الأسبوع.</p>',
    text: 'سجلت أسعار القمح ارتفاعا جديدا هذا الأسبوع.',
    wordCount: 7,
    readingMinutes: 1,
    ...changes,
  };
}

/** Unwraps a StorageResult the test expects to succeed, failing with the error otherwise. */
export function expectOk<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(`storage failed: ${result.error}`);
  return result.value;
}
