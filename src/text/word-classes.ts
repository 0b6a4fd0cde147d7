import { charClasses } from './char-classes';

/**
 * Letters, marks, numbers and «_», the characters words are made of, from one table every caller
 * shares. Patterns such as `[^\p{L}\p{N}]+` or `[\p{L}\p{M}\p{N}]*\p{L}[\p{L}\p{M}\p{N}]*`, with
 * the flags g and u, each took V8 2–5 ms to compile on their first use in a page: in the extraction
 * the popup waits for, on every page, and again once garbage collections have flushed the compiled
 * code. The single-character tests here compile in a fraction of that, and run once per character
 * a page uses.
 */
export const WORD_CLASSES = charClasses([/\p{L}/u, /\p{M}/u, /\p{N}/u, /_/u]);

export const LETTER = 1 << 0;
export const MARK = 1 << 1;
export const NUMBER = 1 << 2;
/** «_», which `\w` counts as part of a word. */
export const LOW_LINE = 1 << 3;
/** `[\p{L}\p{M}\p{N}]`: a character of a word, harakat included. */
export const WORD_CHARACTER = LETTER | MARK | NUMBER;
/** `[\p{L}\p{N}]`. */
export const LETTER_OR_NUMBER = LETTER | NUMBER;
