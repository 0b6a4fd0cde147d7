import { describe, expect, it } from 'vitest';
import { primaryLanguage, publishedDay, sameTitle } from '../../../src/eval/field-checks';

describe('field checks', () => {
  it('compares titles normalised', () => {
    expect(sameTitle('اتفاقٌ عسكري: المغرب', 'اتفاق عسكري:  المغرب')).toBe(true);
    expect(sameTitle('اتفاق عسكري', 'اتفاق عسكري - أخبار')).toBe(false);
  });

  it('reads the day of a publication time', () => {
    expect(publishedDay('2024-03-03T10:00:00+03:00')).toBe('2024-03-03');
    expect(publishedDay('3 مارس 2024')).toBeNull();
    expect(publishedDay(null)).toBeNull();
  });

  it('takes the primary subtag of a language tag', () => {
    expect(primaryLanguage('ar-EG')).toBe('ar');
    expect(primaryLanguage(' FA_ir ')).toBe('fa');
    expect(primaryLanguage('')).toBe('');
  });
});
