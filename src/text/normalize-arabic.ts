/**
 * Arabic-aware text normalisation, for comparing and searching text, never for display.
 * The rules are the corpus metric's: NFKC; no harakat or tatweel; آ أ إ ٱ → ا; ى → ي; ة → ه;
 * white space collapsed; lower case.
 */

import { LOW_LINE, WORD_CHARACTER, WORD_CLASSES } from './word-classes';

/** Harakat and Quranic marks (fatha, damma, kasra, shadda, sukun, tanwin, superscript alef …) and tatweel «ـ». */
const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
/** Alef with madda, hamza above, hamza below, wasla: «آ أ إ ٱ» (alif variants). */
const ALEF_VARIANTS = /[\u0622\u0623\u0625\u0671]/g;
/** Alef maqsura «ى». */
const ALEF_MAQSURA = /\u0649/g;
/** Ta marbuta «ة». */
const TA_MARBUTA = /\u0629/g;
const WHITE_SPACE = /\s+/g;

export function normalizeArabic(text: string): string {
  return text
    .normalize('NFKC')
    .replace(DIACRITICS, '')
    .replace(ALEF_VARIANTS, '\u0627')
    .replace(ALEF_MAQSURA, '\u064A')
    .replace(TA_MARBUTA, '\u0647')
    .replace(WHITE_SPACE, ' ')
    .trim()
    .toLowerCase();
}

/** Word tokens of normalised text; unlike `\W+`, Arabic letters count as word characters. */
export function wordTokens(text: string): string[] {
  return WORD_CLASSES.runs(normalizeArabic(text), WORD_CHARACTER | LOW_LINE);
}
