import { describe, expect, it } from 'vitest';
import { persianToGregorian } from '../../../src/extract/metadata/persian-calendar';

describe('persianToGregorian', () => {
  it.each([
    [1398, 11, 29, { year: 2020, month: 2, day: 18 }],
    [1403, 1, 1, { year: 2024, month: 3, day: 20 }],
    [1399, 12, 30, { year: 2021, month: 3, day: 20 }],
  ])('%i/%i/%i', (year, month, day, expected) => {
    expect(persianToGregorian(year, month, day)).toEqual(expected);
  });

  it('returns null for a day that does not exist', () => {
    // 1400 is not a leap year: Esfand has 29 days.
    expect(persianToGregorian(1400, 12, 30)).toBeNull();
    expect(persianToGregorian(1400, 13, 1)).toBeNull();
  });
});
