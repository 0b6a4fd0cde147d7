import { describe, expect, it } from 'vitest';
import { median, percentile } from '../../../src/eval/percentile';

describe('median', () => {
  it('is the middle value of an odd count, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it('is the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('is NaN for no values', () => {
    expect(median([])).toBeNaN();
  });

  it('leaves its input in order', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('percentile', () => {
  const hundredAndOne = Array.from({ length: 101 }, (_, index) => 100 - index);

  it('gives the minimum at 0 and the maximum at 100', () => {
    expect(percentile([7, 3, 5], 0)).toBe(3);
    expect(percentile([7, 3, 5], 100)).toBe(7);
  });

  it('lands on a value when the rank is whole', () => {
    expect(percentile(hundredAndOne, 95)).toBe(95);
  });

  it('interpolates between the two nearest ranks', () => {
    // Rank 0.95 × 4 = 3.8: four fifths of the way from 40 to 50.
    expect(percentile([10, 20, 30, 40, 50], 95)).toBeCloseTo(48);
  });

  it('is the one value of a single sample at every p', () => {
    expect(percentile([12], 95)).toBe(12);
  });

  it('refuses a p outside 0–100', () => {
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });
});
