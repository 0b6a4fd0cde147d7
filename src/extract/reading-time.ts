import { WORD_CHARACTER, WORD_CLASSES } from '../text/word-classes';

/**
 * Silent reading speed in words a minute. Arabic: 138, Hebrew: 187, English: 228 — the adult means
 * measured with the International Reading Speed Texts (Trauzettel-Klosinski et al., IReST, 2012).
 * Arabic words carry clitics (و، ب، ال، ها) that English writes as separate words, hence the slower
 * rate. Persian and Urdu were not measured there; they share the script and get Arabic's rate.
 */
export const WORDS_PER_MINUTE: Readonly<Record<string, number>> = {
  ar: 138,
  fa: 138,
  ur: 138,
  he: 187,
};
export const DEFAULT_WORDS_PER_MINUTE = 228;

/** Words: runs of letters, combining marks (harakat) and digits, in any script. */
export function countWords(text: string): number {
  return WORD_CLASSES.countRuns(text, WORD_CHARACTER);
}

/** Whole minutes to read `wordCount` words in `lang`, at least 1. */
export function readingMinutes(wordCount: number, lang: string): number {
  const rate = WORDS_PER_MINUTE[lang] ?? DEFAULT_WORDS_PER_MINUTE;
  return Math.max(1, Math.round(wordCount / rate));
}
