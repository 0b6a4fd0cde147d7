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
        expect(classes.countRuns(value, 2)).toBe(value.match(WORD)?.length ?? 0);
      }),
    );
  });

  it('takes a surrogate pair as one character, and a lone surrogate as none of the classes', () => {
    expect(classes.count('𝐀\uD800x')).toEqual([0, 2, 2]);
    expect(classes.countRuns('ab\uD800cd', 2)).toBe(2);
  });
});
