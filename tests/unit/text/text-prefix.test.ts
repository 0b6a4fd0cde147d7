import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../../src/extract/reading-time';
import { isBlank, shortCollapsedText, shortTrimmedText, wordsExceed } from '../../../src/text/text-prefix';

function body(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body;
}

const WORDS_300 = Array.from({ length: 300 }, (_, index) => `كلمة${index}`).join(' ');

/** Markup whose text nodes split words, white space and long runs in every way. */
const markup = fc
  .array(
    fc.constantFrom('قال', ' ', '  \n', 'الوزير', '<b>', '</b>', '<p>', '</p>', 'a', '١٢', '<i>x</i>', WORDS_300),
    {
      maxLength: 30,
    },
  )
  .map((parts) => parts.join(''));

describe('text-prefix', () => {
  it('answers as the whole text would, for every limit', () => {
    fc.assert(
      fc.property(markup, fc.integer({ min: 0, max: 400 }), (html, limit) => {
        const root = body(html);
        const text = root.textContent ?? '';
        const collapsed = text.replace(/\s+/g, ' ').trim();
        expect(wordsExceed(root, limit)).toBe(countWords(text) > limit);
        expect(isBlank(root)).toBe(collapsed === '');
        expect(shortCollapsedText(root, limit)).toBe(collapsed.length <= limit ? collapsed : null);
        expect(shortTrimmedText(root, limit)).toBe(text.trim().length <= limit ? text.trim() : null);
      }),
      { numRuns: 300 },
    );
  });

  it('tells a long text is long from its start', () => {
    const root = body(`<p>${WORDS_300}</p><p>${WORDS_300}</p>`);
    expect(wordsExceed(root, 20)).toBe(true);
    expect(wordsExceed(root, 600)).toBe(false);
    expect(shortCollapsedText(root, 120)).toBeNull();
  });

  it('reads white space alone as blank', () => {
    expect(isBlank(body('<div> \n <span>\u00A0</span></div>'))).toBe(true);
    expect(isBlank(body('<div> <span>.</span></div>'))).toBe(false);
  });
});
