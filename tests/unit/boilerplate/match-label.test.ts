import { describe, expect, it } from 'vitest';
import { LABEL_KINDS } from '../../../src/extract/boilerplate/labels';
import { letterWords, matchLabel, startsWithLabel } from '../../../src/extract/boilerplate/match-label';
import { normalizeArabic } from '../../../src/text/normalize-arabic';

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

describe('matchLabel on every label', () => {
  const labels = Object.entries(LABEL_KINDS).flatMap(([kind, rule]) => rule.labels.map((label) => [kind, label]));

  it('has labels that begin with a letter or a digit (where a label starts is then fixed)', () => {
    for (const [, label] of labels) expect(normalizeArabic(label ?? '')).toMatch(/^[\p{L}\p{N}]/u);
  });

  it('reads each label, alone and before a link, as the first kind that lists it', () => {
    for (const [kind, label] of labels) {
      const first = Object.entries(LABEL_KINDS).find(([, rule]) =>
        rule.labels.some((other) => normalizeArabic(other) === normalizeArabic(label ?? '')),
      )?.[0];
      expect(first).toBeDefined();
      expect(matchLabel(label ?? '')?.kind, label).toBe(first ?? kind);
      expect(matchLabel(`— ${label ?? ''}: رابط`)?.kind, label).toBe(first ?? kind);
    }
  });
});

/**
 * The pattern matchLabel answered with before it became a lookup, rebuilt here as the reference:
 * each kind's labels, longest first, one group per kind in order, after anything that is not a
 * letter or digit, and before the end or a non-letter.
 */
function referencePattern(): RegExp {
  const alternatives = Object.values(LABEL_KINDS).map(
    (rule) =>
      `(${rule.labels
        .map((label) => normalizeArabic(label).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .sort((a, b) => b.length - a.length)
        .join('|')})`,
  );
  return new RegExp(`^[^\\p{L}\\p{N}]*(?:${alternatives.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'u');
}

describe('matchLabel against the single pattern it replaced', () => {
  const pattern = referencePattern();
  const kinds = Object.keys(LABEL_KINDS);
  const labels = Object.values(LABEL_KINDS).flatMap((rule) => rule.labels);
  // Each label cut short, whole, and run into what may follow it: a word, a mark, a digit, punctuation.
  const texts = labels.flatMap((label) => [
    label.slice(0, -1),
    label,
    `${label}ت`,
    `${label}\u064E`,
    `${label}3`,
    `${label}: رابط`,
    `${label} رابط`,
    `«${label}»`,
    `- ${label.toUpperCase()} -`,
    `١٢ ${label}`,
  ]);

  it(`answers as the pattern did on ${texts.length} texts made from the labels`, () => {
    const mismatches = ['', ' ', '— ‹ ›', 'نص عادي', ...texts].flatMap((text) => {
      const normalised = normalizeArabic(text);
      const found = pattern.exec(normalised);
      const expected = found
        ? {
            kind: kinds[found.findIndex((group, index) => index > 0 && group !== undefined) - 1],
            rest: normalised.slice(found[0].length),
          }
        : null;
      const match = matchLabel(text);
      const actual = match && { kind: match.kind, rest: match.rest };
      return JSON.stringify(actual) === JSON.stringify(expected) ? [] : [{ text, expected, actual }];
    });
    expect(mismatches).toEqual([]);
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

  it('tells a long start from its beginning, and reads on when the beginning cannot tell', () => {
    const long = `${article} ${article} ${article}`;
    expect(startsWithLabel(`اقرأ أيضاً: ${long}`)).toBe(true);
    expect(startsWithLabel(long)).toBe(false);
    // Past the part normalised first: dashes and spaces only, which cannot tell.
    const dashes = '— '.repeat(60);
    expect(startsWithLabel(`${dashes}اقرأ أيضاً: ${long}`)).toBe(true);
    expect(startsWithLabel(`${dashes}${long}`)).toBe(false);
  });

  it('cannot tell from a start shorter than the longest label', () => {
    expect(startsWithLabel('اقرأ')).toBeNull();
    expect(startsWithLabel('— ‹ ›')).toBeNull();
  });
});
