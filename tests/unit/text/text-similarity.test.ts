import { describe, expect, it } from 'vitest';
import { textSimilarity } from '../../../src/text/text-similarity';

const HEADLINE = 'وزير الخارجية يصل إلى القاهرة لبحث وقف إطلاق النار';

describe('textSimilarity', () => {
  it('is 1 for an Arabic heading that repeats the headline', () => {
    expect(textSimilarity(HEADLINE, HEADLINE)).toBe(1);
  });

  it('is 1 when the heading differs from the headline only in harakat, hamza and ta marbuta', () => {
    expect(textSimilarity(HEADLINE, 'وزيرُ الخارجيةِ يصل الى القاهره لبحث وقف اطلاق النار')).toBe(1);
  });

  it('is 0 for unrelated text', () => {
    expect(textSimilarity(HEADLINE, 'ارتفاع أسعار القمح في الأسواق')).toBe(0);
  });

  it('is 0 when either side has no word', () => {
    expect(textSimilarity('', HEADLINE)).toBe(0);
    expect(textSimilarity(HEADLINE, ' … ')).toBe(0);
  });

  it("measures the share of B's text that A lacks, by characters", () => {
    // B = «a c»: the unique token «c» is 1 of its 3 characters.
    expect(textSimilarity('a b', 'a c')).toBeCloseTo(2 / 3);
  });

  it('stays above Readability’s 0.75 threshold for a heading with one extra short word', () => {
    expect(textSimilarity(HEADLINE, `عاجل ${HEADLINE}`)).toBeGreaterThan(0.75);
  });

  it('is asymmetric: B contained in a longer A is 1', () => {
    expect(textSimilarity(`${HEADLINE} اليوم`, HEADLINE)).toBe(1);
    expect(textSimilarity(HEADLINE, `${HEADLINE} اليوم`)).toBeLessThan(1);
  });
});
