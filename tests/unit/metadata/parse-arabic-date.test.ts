import { describe, expect, it } from 'vitest';
import { monthByName, MONTH_NAMES } from '../../../src/extract/metadata/date-words';
import { parseArabicDate } from '../../../src/extract/metadata/parse-arabic-date';

const NOW = new Date('2026-11-29T12:00:00Z');
const day = (text: string) => {
  const parsed = parseArabicDate(text, NOW);
  return parsed && [parsed.year, parsed.month, parsed.day, parsed.calendar];
};

describe('parseArabicDate: Gregorian month names of every region', () => {
  it.each([
    // Egypt and the Gulf
    ['28 يناير 2026', 1],
    ['28 فبراير 2026', 2],
    ['28 ابريل 2026', 4],
    ['28 يونيه 2026', 6],
    ['28 يوليه 2026', 7],
    ['28 أغسطس 2026', 8],
    // The Levant and Iraq
    ['28 كانون الثاني 2026', 1],
    ['28 شباط 2026', 2],
    ['28 آذار 2026', 3],
    ['28 نيسان 2026', 4],
    ['28 أيار 2026', 5],
    ['28 حزيران 2026', 6],
    ['28 تموز 2026', 7],
    ['28 آب 2026', 8],
    ['28 أيلول 2026', 9],
    ['28 تشرين الأول 2026', 10],
    ['28 تشرين الثاني 2026', 11],
    ['28 كانون الأول 2025', 12],
    // Algeria and Tunisia
    ['28 جانفي 2026', 1],
    ['28 فيفري 2026', 2],
    ['28 أفريل 2026', 4],
    ['28 ماي 2026', 5],
    ['28 جوان 2026', 6],
    ['28 جويلية 2026', 7],
    ['28 أوت 2026', 8],
    // Morocco
    ['28 يوليوز 2026', 7],
    ['28 غشت 2026', 8],
    ['28 شتنبر 2026', 9],
    ['28 نونبر 2026', 11],
    ['28 دجنبر 2025', 12],
    // English, for bilingual sites
    ['28 October 2026', 10],
    ['Oct. 28, 2026', 10],
  ])('%s', (text, month) => {
    expect(day(text)).toEqual([month === 12 ? 2025 : 2026, month, 28, 'gregorian']);
  });

  it('reads «month day, year» (WordPress) and ignores weekday names', () => {
    expect(day('يناير 28, 2026')).toEqual([2026, 1, 28, 'gregorian']);
    expect(day('الأربعاء، 07 أكتوبر 2020')).toEqual([2020, 10, 7, 'gregorian']);
  });

  it('reads BBC’s two names for one month', () => {
    expect(day('3 مارس/ آذار 2024')).toEqual([2024, 3, 3, 'gregorian']);
    expect(day('الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00')).toEqual([2013, 8, 28, 'gregorian']);
  });
});

describe('parseArabicDate: digits', () => {
  it.each([
    ['2026/01/28'],
    ['2026-01-28'],
    ['28/01/2026'],
    ['28-01-2026'],
    ['28.01.2026'],
    ['٢٨ يناير ٢٠٢٦'],
    ['۲۸/۰۱/۲۰۲۶'],
    ['٢٠٢٦/٠١/٢٨'],
  ])('%s', (text) => {
    expect(day(text)).toEqual([2026, 1, 28, 'gregorian']);
  });

  it('takes the day first unless the second number cannot be a month', () => {
    expect(day('03/04/2026')).toEqual([2026, 4, 3, 'gregorian']);
    expect(day('01/28/2026')).toEqual([2026, 1, 28, 'gregorian']);
  });
});

describe('parseArabicDate: time', () => {
  it.each([
    ['28 يناير 2026 10:30 ص', 10, 30],
    ['28 يناير 2026 10:30 م', 22, 30],
    ['28 يناير 2026 - 12:09 م', 12, 9],
    ['12:15 ص - 28 يناير 2026', 0, 15],
    ['28 يناير 2026 ١٠:٣٠ مساءً', 22, 30],
    ['2026-01-28 18:05', 18, 5],
    ['January 28, 2026 7:45 pm', 19, 45],
  ])('%s', (text, hour, minute) => {
    expect(parseArabicDate(text, NOW)).toMatchObject({ year: 2026, month: 1, day: 28, hour, minute });
  });

  it('leaves out an impossible time but keeps the date', () => {
    const parsed = parseArabicDate('28 يناير 2026 25:99', NOW);
    expect(parsed).toEqual({ year: 2026, month: 1, day: 28, calendar: 'gregorian' });
  });

  it('does not read «م» after a year (ميلادي, AD) as a time', () => {
    expect(parseArabicDate('28 يناير 2026م', NOW)).toEqual({ year: 2026, month: 1, day: 28, calendar: 'gregorian' });
  });
});

describe('parseArabicDate: where a month name stands', () => {
  it('reads every month name, in one word or two, before and after the day', () => {
    expect(MONTH_NAMES.length).toBeGreaterThan(100);
    const years = { gregorian: 2020, hijri: 1440, persian: 1398 } as const;
    for (const name of MONTH_NAMES) {
      const { month, calendar } = monthByName(name) ?? { month: 0, calendar: 'gregorian' };
      const year = years[calendar];
      expect([name, parseArabicDate(`7 ${name} ${year}`, NOW)?.month]).toEqual([name, month]);
      expect([name, parseArabicDate(`${name} 7, ${year}`, NOW)?.month]).toEqual([name, month]);
    }
  });

  it('takes a name only as a whole word', () => {
    expect(day('يمارس 28 2026')).toBeNull();
    expect(day('28 مارسيليا 2026')).toBeNull();
    expect(day('xتشرين الأول 7 2020')).toBeNull();
    expect(day('تحديث:يناير 28, 2026')).toEqual([2026, 1, 28, 'gregorian']);
  });

  it('finds the name next to the day after another word', () => {
    expect(day('نشر في يناير 28, 2026')).toEqual([2026, 1, 28, 'gregorian']);
    // «ذو» starts two-word names («ذو الحجة»); here the month is the word after it.
    expect(day('ذو مارس 7 2020')).toEqual([2020, 3, 7, 'gregorian']);
    expect(day('3 من شهر مارس 2024')).toEqual([2024, 3, 3, 'gregorian']);
  });

  it('reads a second name only when it is a month', () => {
    expect(day('28 آب/اغسطس 2013')).toEqual([2013, 8, 28, 'gregorian']);
    expect(day('3 مارس (تحديث) 2024')).toBeNull();
  });
});

describe('parseArabicDate: other calendars are never Gregorian', () => {
  it.each([
    ['9 رمضان 1447 هـ', [1447, 9, 9]],
    ['الجمعة 15 ذو الحجة 1446', [1446, 12, 15]],
    ['1 ربيع الآخر 1447', [1447, 4, 1]],
    ['1 ربيع الثاني 1447', [1447, 4, 1]],
    ['20 جمادى الأولى 1447هـ', [1447, 5, 20]],
    ['١٤٤٧/٠٥/٢٠ هـ', [1447, 5, 20]],
  ])('%s is Hijri', (text, [year, month, dayOfMonth]) => {
    expect(day(text)).toEqual([year, month, dayOfMonth, 'hijri']);
  });

  it('reads Persian solar dates as Persian', () => {
    expect(day('۲۹ بهمن ۱۳۹۸')).toEqual([1398, 11, 29, 'persian']);
    expect(day('۱۳۹۸/۱۱/۲۹')).toEqual([1398, 11, 29, 'persian']);
    expect(day('1 فروردین 1405')).toEqual([1405, 1, 1, 'persian']);
  });

  it('gives the Gregorian day when the text has both calendars', () => {
    expect(day('الخميس 9 رمضان 1447 هـ الموافق 26 فبراير 2026 م')).toEqual([2026, 2, 26, 'gregorian']);
    expect(day('1447/09/09 هـ - 2026/02/26')).toEqual([2026, 2, 26, 'gregorian']);
  });

  it('does not guess the calendar of a 14xx year in Arabic digits without an era', () => {
    expect(day('1447/05/20')).toBeNull();
  });
});

describe('parseArabicDate: rejects', () => {
  it.each([
    '2026/13/01',
    '30 فبراير 2024',
    '29 فبراير 2025',
    '31 أبريل 2026',
    '32/01/2026',
    '12 يناير 26',
    'الأربعاء',
    'يناير 2026',
    'لا تاريخ هنا',
    '',
  ])('%s', (text) => {
    expect(parseArabicDate(text, NOW)).toBeNull();
  });

  it('accepts 29 February in a leap year', () => {
    expect(day('29 فبراير 2024')).toEqual([2024, 2, 29, 'gregorian']);
  });

  it('rejects dates more than a day after now', () => {
    expect(parseArabicDate('30 نوفمبر 2026', NOW)).not.toBeNull();
    expect(parseArabicDate('1 ديسمبر 2026', NOW)).toBeNull();
    expect(parseArabicDate('1 دجنبر 2030', NOW)).toBeNull();
    expect(parseArabicDate('1 رمضان 1460', NOW)).toBeNull();
  });
});
