import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../../src/extract/reading-time';

describe('countWords', () => {
  it('counts a word with harakat as one word', () => {
    expect(countWords('بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ')).toBe(4);
  });

  it('does not count punctuation as words', () => {
    expect(countWords('قال: «نعم»، ثم غادر… !')).toBe(4);
  });

  it('counts numbers and Latin words', () => {
    expect(countWords('فاز ريال مدريد 3-1 على Barcelona')).toBe(7);
  });

  it('is 0 for empty text', () => {
    expect(countWords('  ')).toBe(0);
  });
});

describe('readingMinutes', () => {
  it('reads Arabic at 138 words a minute', () => {
    expect(readingMinutes(138 * 5, 'ar')).toBe(5);
  });

  it('reads English at 228 words a minute', () => {
    expect(readingMinutes(228 * 5, 'en')).toBe(5);
    expect(readingMinutes(138 * 5, 'en')).toBe(3);
  });

  it('gives Persian and Urdu the Arabic rate', () => {
    expect(readingMinutes(138 * 4, 'fa')).toBe(4);
    expect(readingMinutes(138 * 4, 'ur')).toBe(4);
  });

  it('rounds to whole minutes', () => {
    expect(readingMinutes(138 * 2 + 60, 'ar')).toBe(2);
    expect(readingMinutes(138 * 2 + 80, 'ar')).toBe(3);
  });

  it('is at least 1 minute, even for a news flash or no words', () => {
    expect(readingMinutes(30, 'ar')).toBe(1);
    expect(readingMinutes(0, 'ar')).toBe(1);
  });
});
