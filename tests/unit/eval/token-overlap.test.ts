import { describe, expect, it } from 'vitest';
import { tokenOverlap } from '../../../src/eval/token-overlap';

describe('tokenOverlap', () => {
  it('is perfect for the same text, however it is written', () => {
    expect(tokenOverlap('إعلانُ الحكومةِ\nالجديد', 'اعلان الحكومه الجديد')).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('counts extra words against precision and missing words against recall', () => {
    const overlap = tokenOverlap('قال الوزير اليوم شارك', 'قال الوزير اليوم أمس');
    expect(overlap.precision).toBe(3 / 4);
    expect(overlap.recall).toBe(3 / 4);
    expect(overlap.f1).toBeCloseTo(0.75);
  });

  it('compares multisets: a word the truth has once counts once', () => {
    const overlap = tokenOverlap('الماء الماء الماء', 'الماء');
    expect(overlap.precision).toBeCloseTo(1 / 3);
    expect(overlap.recall).toBe(1);
  });

  it('scores nothing extracted as zero, and two empty texts as agreeing', () => {
    expect(tokenOverlap('', 'نص')).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(tokenOverlap('', '')).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});
