import { normalizeArabic } from '../text/normalize-arabic';

/** A calendar day written `YYYY-MM-DD`, as ISO 8601 times begin. */
const ISO_DAY = /\d{4}-\d{2}-\d{2}/;

/** Titles match when their normalised forms are equal. */
export function sameTitle(extracted: string, expected: string): boolean {
  return normalizeArabic(extracted) === normalizeArabic(expected);
}

/** The `YYYY-MM-DD` a publication time names, or null when it names none. */
export function publishedDay(publishedTime: string | null): string | null {
  return publishedTime === null ? null : (ISO_DAY.exec(publishedTime)?.[0] ?? null);
}

/** The primary subtag of a language tag, lower case: `ar` for `ar-EG`, `fa` for `fa_IR`. */
export function primaryLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}
