import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATE_LINE_TOKENS } from '../../../src/extract/boilerplate/date-words';
import { isDateLine } from '../../../src/extract/boilerplate/remove-date-lines';
import { letterWords } from '../../../src/extract/boilerplate/match-label';
import { nameKey } from '../../../src/extract/metadata/name-match';
import { countWords } from '../../../src/extract/reading-time';
import { normalizeArabic, wordTokens } from '../../../src/text/normalize-arabic';

// What the word-class table stands in for: the patterns these functions used to run.
const WORD_TOKEN = /[\p{L}\p{M}\p{N}_]+/gu;
const NOT_LETTER_OR_NUMBER = /[^\p{L}\p{N}]+/gu;
const LETTER_WORD = /[\p{L}\p{M}\p{N}]*\p{L}[\p{L}\p{M}\p{N}]*/gu;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const NUMBER_TOKEN = /^\p{N}+\p{L}{0,3}$/u;

/** Pieces of news text: Arabic with harakat, Persian and Latin letters, digits of three scripts, astral ones, joiners. */
const pieces = fc.constantFrom(
  'قال',
  'الوزيرُ',
  'گفت',
  'BBC',
  'km',
  '٢٠٢٦',
  '۱۴۰۳',
  '12',
  '½',
  '_',
  ' ',
  '،',
  '-',
  '.',
  'م',
  '\u0640',
  '\u200C',
  '𝟏',
  '𝐀',
  '\uD800',
);
const text = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join('')),
);

describe('functions built on the word-class table', () => {
  it('split, filter and count words as the patterns they replace did', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(wordTokens(value)).toEqual(normalizeArabic(value).match(WORD_TOKEN) ?? []);
        expect(nameKey(value)).toBe(normalizeArabic(value).replace(NOT_LETTER_OR_NUMBER, ''));
        expect(letterWords(value)).toBe(value.match(LETTER_WORD)?.length ?? 0);
        expect(countWords(value)).toBe(value.match(WORD)?.length ?? 0);
      }),
    );
  });

  it('take a line for a dateline when its words are numbers (with at most three letters after) and date words', () => {
    fc.assert(
      fc.property(text, (value) => {
        const tokens = wordTokens(value);
        const numbers = tokens.filter((token) => NUMBER_TOKEN.test(token)).length;
        const rest = tokens.filter((token) => !NUMBER_TOKEN.test(token));
        const expected = numbers > 0 && tokens.length <= 24 && rest.every((token) => DATE_LINE_TOKENS.has(token));
        expect(isDateLine(value)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});
