import { describe, expect, it } from 'vitest';
import { letterWords, matchLabel, startsWithLabel } from '../../../src/extract/boilerplate/match-label';

describe('matchLabel', () => {
  it.each(['اقرأ أيضا', 'اقرأ أيضاً:', 'إقرأ أيضا', 'اقرأ أيضًا', 'شاهد أيضا', 'طالع أيضا', 'مقالات ذات صلة'])(
    'reads «%s» as a related-stories label',
    (text) => {
      expect(matchLabel(text)?.kind).toBe('related');
    },
  );

  it('gives what follows the label, normalised', () => {
    expect(matchLabel('اقرأ أيضاً: الحكومة تعلن خطتها')?.rest).toBe(': الحكومه تعلن خطتها');
  });

  it('looks past dashes and brackets before a label', () => {
    expect(matchLabel('- Advertisment -')?.kind).toBe('ad');
    expect(matchLabel('[ إعلان ]')?.kind).toBe('ad');
  });

  it('matches whole words only: «شاركت» (she took part) is not «شارك» (share)', () => {
    expect(matchLabel('شاركت الوزيرة في المؤتمر')).toBeNull();
    expect(matchLabel('شارك')?.kind).toBe('share');
  });

  it('needs the label at the start: a sentence that mentions «إعلان» later is no label', () => {
    expect(matchLabel('رحبت الأحزاب بإعلان الحكومة')).toBeNull();
  });

  it('knows the Hebrew and Persian report-an-error links', () => {
    expect(matchLabel('מצאתם טעות בכתבה? כתבו לנו')?.kind).toBe('reportError');
    expect(matchLabel('گزارش خطا')?.kind).toBe('reportError');
  });
});

describe('letterWords', () => {
  it('counts words with a letter, not numbers', () => {
    expect(letterWords('التعليقات (12) 3 LBCI')).toBe(2);
  });
});

describe('startsWithLabel', () => {
  const article = 'قالت وزارة الزراعة إن محصول القمح هذا العام تجاوز التوقعات بفضل الأمطار الغزيرة';

  it('tells from a long enough start whether the text opens with a label', () => {
    expect(startsWithLabel(`اقرأ أيضاً: ${article}`)).toBe(true);
    expect(startsWithLabel(`— ${article}`)).toBe(false);
    expect(startsWithLabel('شاركت الوزيرة في المؤتمر الذي عقد في العاصمة أمس')).toBe(false);
  });

  it('agrees with matchLabel on the whole text', () => {
    for (const text of [`إعلان ${article}`, `مقالات ذات صلة ${article}`, `Read more about ${article}`, article]) {
      expect(startsWithLabel(text)).toBe(matchLabel(`${text} والمزيد`) !== null);
    }
  });

  it('cannot tell from a start shorter than the longest label', () => {
    expect(startsWithLabel('اقرأ')).toBeNull();
    expect(startsWithLabel('— ‹ ›')).toBeNull();
  });
});
