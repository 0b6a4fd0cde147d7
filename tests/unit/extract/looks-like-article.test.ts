import { describe, expect, it } from 'vitest';
import { looksLikeArticle } from '../../../src/extract/looks-like-article';

const WORDS = ['قال', 'الوزير', 'إن', 'الحكومة', 'ستعلن', 'خطة', 'جديدة', 'لدعم', 'المزارعين', 'هذا', 'العام'];

/** Arabic text of exactly `count` words. */
function words(count: number): string {
  return Array.from({ length: count }, (_, i) => WORDS[i % WORDS.length]).join(' ');
}

describe('looksLikeArticle', () => {
  it('accepts a headline and a few paragraphs of prose', () => {
    expect(looksLikeArticle([words(10), words(60), words(45), words(80)])).toBe(true);
  });

  it('accepts a one-paragraph news flash', () => {
    expect(looksLikeArticle([words(9), words(30)])).toBe(true);
  });

  it('refuses a home page made of headlines', () => {
    expect(looksLikeArticle(Array.from({ length: 30 }, () => words(9)))).toBe(false);
  });

  it('refuses search results: headlines and teasers with one longer block', () => {
    const results = Array.from({ length: 12 }, () => [words(8), words(15)]).flat();
    expect(looksLikeArticle([...results, words(30)])).toBe(false);
  });

  it('refuses a page with too little prose', () => {
    expect(looksLikeArticle([words(20)])).toBe(false);
  });

  it('refuses an empty page', () => {
    expect(looksLikeArticle([])).toBe(false);
  });
});
