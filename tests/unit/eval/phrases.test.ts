import { describe, expect, it } from 'vitest';
import { phrasesIn } from '../../../src/eval/phrases';

describe('phrasesIn', () => {
  it('finds phrases by normalised substring, across line breaks and alef forms', () => {
    const text = 'خطا المغرب وإسرائيل خطوة\nاستراتيجية جديدة';
    expect(phrasesIn(text, ['خطا المغرب واسرائيل خطوة استراتيجية ', 'المقال السابق'])).toEqual([
      'خطا المغرب واسرائيل خطوة استراتيجية ',
    ]);
  });

  it('never finds an empty phrase', () => {
    expect(phrasesIn('نص', ['  '])).toEqual([]);
  });
});
