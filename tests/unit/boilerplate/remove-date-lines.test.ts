import { describe, expect, it } from 'vitest';
import { isDateLine, removeDateLines } from '../../../src/extract/boilerplate/remove-date-lines';
import { body, PARAGRAPH_1, textOf } from './dom';

describe('isDateLine', () => {
  it.each([
    'الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)',
    '2026-01-08 | 12:42',
    '3 مارس/ آذار 2024',
    'کد خبر : 2020984 | 24 اردیبهشت 1403 ساعت 09:05 | 401.7K بازدید | 270 دیدگاه',
    '22 يناير/ كانون الثاني 2026',
    '2min',
    '0',
  ])('takes «%s» for a dateline', (line) => {
    expect(isDateLine(line)).toBe(true);
  });

  it.each(['وفي 28 آب 2013 أعلنت الحكومة خطتها الجديدة', 'الأربعاء', 'نشر في صحيفة محلية', ''])(
    'takes «%s» for text',
    (line) => {
      expect(isDateLine(line)).toBe(false);
    },
  );
});

describe('removeDateLines', () => {
  it('removes a paragraph that is only a date, and keeps the article', () => {
    const root = body(`<p><time>3 مارس/ آذار 2024</time></p><p>${PARAGRAPH_1}</p>`);
    removeDateLines(root);
    expect(textOf(root)).toBe(PARAGRAPH_1);
  });

  it('removes counters after the article and keeps dated subheadings between its paragraphs', () => {
    const root = body(`<p>${PARAGRAPH_1}</p><h3>3 مارس 2024</h3><p>${PARAGRAPH_1}</p><div>17302</div>`);
    removeDateLines(root);
    expect(textOf(root)).toBe(`${PARAGRAPH_1} 3 مارس 2024 ${PARAGRAPH_1}`);
  });

  it('keeps dates that are items of a list, such as a timeline', () => {
    const root = body('<ul><li>12 يناير 2024</li><li>3 فبراير 2024</li></ul>');
    removeDateLines(root);
    expect(textOf(root)).toBe('12 يناير 2024 3 فبراير 2024');
  });

  it('keeps a date that is part of a sentence', () => {
    const root = body('<p>وصل الوفد <span>الأربعاء 28 آب 2013</span> إلى العاصمة.</p>');
    removeDateLines(root);
    expect(textOf(root)).toBe('وصل الوفد الأربعاء 28 آب 2013 إلى العاصمة.');
  });
});
