import { describe, expect, it } from 'vitest';
import { fallbackTitle } from '../../../src/extract/fallback-title';

describe('fallbackTitle', () => {
  it('takes the first block when it is short', () => {
    expect(fallbackTitle(['', 'الحكومة تقر الموازنة', 'نص'])).toBe('الحكومة تقر الموازنة');
  });

  it('cuts a long first block between words', () => {
    const block = 'قالت وزارة الزراعة إن موسم قطف الزيتون هذا العام جاء أفضل من المتوقع رغم شح الأمطار';
    expect(fallbackTitle([block])).toBe('قالت وزارة الزراعة إن موسم قطف الزيتون هذا العام جاء أفضل من…');
  });

  it('gives nothing for a page without text', () => {
    expect(fallbackTitle([])).toBe('');
  });
});
