import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charClasses } from '../../../src/text/char-classes';

const ARABIC = /[\u0620-\u064A\u066E-\u06D3]/gu;
const LETTER = /\p{L}/gu;
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/gu;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Text from the pieces that matter: Arabic with harakat, Latin, digits, astral letters, lone surrogates. */
const pieces = fc.constantFrom(
  'قال',
  'الوزيرُ',
  'abc',
  '٢٠٢٦',
  '12',
  ' ',
  '،',
  '\u200C',
  '𝐀',
  '𐌰',
  '😀',
  '\uD800',
  '\uDC00',
  'ـ',
  'שלום',
);
const text = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.array(pieces, { maxLength: 20 }).map((parts) => parts.join('')),
);

describe('charClasses', () => {
  const classes = charClasses([ARABIC, LETTER, WORD_CHARACTER]);

  it('counts what `text.match` counts, for each class at once', () => {
    fc.assert(
      fc.property(text, (value) => {
        const expected = [ARABIC, LETTER, WORD_CHARACTER].map((pattern) => value.match(pattern)?.length ?? 0);
        expect(classes.count(value)).toEqual(expected);
      }),
    );
  });

  it('counts runs as a `+` pattern finds them: words', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(classes.countRuns(value, 1 << 2)).toBe(value.match(WORD)?.length ?? 0);
      }),
    );
  });

  it('takes a surrogate pair as one character, and a lone surrogate as none of the classes', () => {
    expect(classes.count('𝐀\uD800x')).toEqual([0, 2, 2]);
    expect(classes.countRuns('ab\uD800cd', 1 << 2)).toBe(2);
  });

  it('counts only the runs that hold a character of `required`: words with a letter', () => {
    fc.assert(
      fc.property(text, (value) => {
        const letterWords = /[\p{L}\p{M}\p{N}]*\p{L}[\p{L}\p{M}\p{N}]*/gu;
        expect(classes.countRuns(value, 1 << 2, 1 << 1)).toBe(value.match(letterWords)?.length ?? 0);
      }),
    );
  });

  it('gives the runs themselves as a `+` pattern matches them', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(classes.runs(value, 1 << 2)).toEqual(value.match(WORD) ?? []);
        expect(classes.runs(value, 1 << 0)).toEqual(value.match(/[\u0620-\u064A\u066E-\u06D3]+/gu) ?? []);
      }),
    );
  });

  it('keeps what a class matches and drops the rest, as replacing its complement does', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(classes.keep(value, 1 << 1)).toBe(value.replace(/[^\p{L}]+/gu, ''));
        expect(classes.keep(value, (1 << 0) | (1 << 2))).toBe(
          value.replace(/[^\u0620-\u064A\u066E-\u06D3\p{L}\p{M}\p{N}]+/gu, ''),
        );
      }),
    );
  });

  it('finds the first character of a class where `search` does, and tells the classes at an index', () => {
    fc.assert(
      fc.property(text, fc.nat(30), (value, index) => {
        expect(classes.indexOf(value, 1 << 1)).toBe(value.search(LETTER));
        const character = String.fromCodePoint(value.codePointAt(index) ?? 0);
        const expected =
          index < value.length
            ? [ARABIC, LETTER, WORD_CHARACTER].map((pattern, bit) =>
                new RegExp(`^(?:${pattern.source})`, 'u').test(character) ? 1 << bit : 0,
              )
            : [0];
        expect(classes.at(value, index)).toBe(expected.reduce((bits, bit) => bits | bit, 0));
      }),
    );
  });

  it('tells apart a character that is in all of eight classes from one it has not seen', () => {
    const eight = charClasses(Array.from({ length: 8 }, () => /a/u));
    expect(eight.count('aab')).toEqual(Array.from({ length: 8 }, () => 2));
    expect(eight.at('a', 0)).toBe(0xff);
  });
});
