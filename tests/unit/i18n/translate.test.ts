import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../../src/i18n/strings';
import { createTranslator, pickInterfaceLanguage } from '../../../src/i18n/translate';

/** A number as the Arabic interface writes it (Latin or Arabic-Indic digits, as the ICU data says). */
const arabicNumber = (n: number): string => n.toLocaleString('ar');

describe('pickInterfaceLanguage', () => {
  it('follows an Arabic browser when set to auto', () => {
    expect(pickInterfaceLanguage('auto', 'ar')).toBe('ar');
    expect(pickInterfaceLanguage('auto', 'ar-EG')).toBe('ar');
    expect(pickInterfaceLanguage('auto', 'AR-sa')).toBe('ar');
  });

  it('falls back to English for any other browser language', () => {
    expect(pickInterfaceLanguage('auto', 'en-US')).toBe('en');
    expect(pickInterfaceLanguage('auto', 'fa-IR')).toBe('en');
    expect(pickInterfaceLanguage('auto', '')).toBe('en');
  });

  it('obeys an explicit setting over the browser', () => {
    expect(pickInterfaceLanguage('en', 'ar-EG')).toBe('en');
    expect(pickInterfaceLanguage('ar', 'en-US')).toBe('ar');
  });
});

describe('createTranslator', () => {
  it('gives Arabic right to left and English left to right', () => {
    expect(createTranslator('ar')).toMatchObject({ lang: 'ar', dir: 'rtl' });
    expect(createTranslator('en')).toMatchObject({ lang: 'en', dir: 'ltr' });
  });

  it('returns the text of the interface language', () => {
    expect(createTranslator('ar').t('save')).toBe('حفظ');
    expect(createTranslator('en').t('save')).toBe('Save');
  });

  it('fills placeholders', () => {
    expect(createTranslator('ar').t('byline', { name: 'أحمد منصور' })).toBe('بقلم أحمد منصور');
    expect(createTranslator('en').t('deleteArticle', { title: 'Wheat prices' })).toBe('Delete “Wheat prices”');
  });

  it('leaves a placeholder without a value visible rather than blank', () => {
    expect(createTranslator('en').t('byline')).toBe('By {name}');
  });

  it('inserts a value as it is, even one that looks like a placeholder or a replace pattern', () => {
    expect(createTranslator('en').t('deleteArticle', { title: '{date} $& $1' })).toBe('Delete “{date} $& $1”');
  });
});

describe('readingTime in Arabic', () => {
  const { readingTime } = createTranslator('ar');

  it.each([
    [0, 'أقل من دقيقة قراءة'],
    [1, 'دقيقة قراءة'],
    [2, 'دقيقتا قراءة'],
  ])('%i minutes → %s', (minutes, expected) => {
    expect(readingTime(minutes)).toBe(expected);
  });

  it.each([3, 5, 10])('%i minutes take the few form «N دقائق قراءة»', (minutes) => {
    expect(readingTime(minutes)).toBe(`${arabicNumber(minutes)} دقائق قراءة`);
  });

  it.each([11, 25, 99, 100])('%i minutes take «N دقيقة قراءة»', (minutes) => {
    expect(readingTime(minutes)).toBe(`${arabicNumber(minutes)} دقيقة قراءة`);
  });

  it('rounds to whole minutes', () => {
    expect(readingTime(2.4)).toBe('دقيقتا قراءة');
    expect(readingTime(0.4)).toBe('أقل من دقيقة قراءة');
  });
});

describe('readingTime in English', () => {
  const { readingTime } = createTranslator('en');

  it.each([
    [0, 'Under a minute'],
    [1, '1 min read'],
    [2, '2 min read'],
    [7, '7 min read'],
    [1200, '1,200 min read'],
  ])('%i minutes → %s', (minutes, expected) => {
    expect(readingTime(minutes)).toBe(expected);
  });
});

describe('formatDate', () => {
  it('formats a date in the interface language', () => {
    expect(createTranslator('en').formatDate('2024-05-01T08:30:00.000Z')).toBe('May 1, 2024');
    expect(createTranslator('ar').formatDate(Date.UTC(2024, 4, 1))).toContain('مايو');
  });

  it('gives nothing for a date that does not parse', () => {
    expect(createTranslator('ar').formatDate('not a date')).toBe('');
  });
});

describe('string tables', () => {
  it('Arabic and English have the same keys', () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.ar).sort());
  });

  it.each(['ar', 'en'] as const)('%s has no empty string', (lang) => {
    const empty = Object.entries(STRINGS[lang]).filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });

  it('both languages use the same placeholders in each text', () => {
    const placeholders = (text: string): string[] => (text.match(/\{\w+\}/g) ?? []).sort();
    const mismatched = Object.keys(STRINGS.ar).filter((key) => {
      const k = key as keyof typeof STRINGS.ar;
      // English writes the count of its plural forms out («1 min read»); Arabic names them with words.
      if (k.startsWith('minutes_')) return false;
      return placeholders(STRINGS.ar[k]).join() !== placeholders(STRINGS.en[k]).join();
    });
    expect(mismatched).toEqual([]);
  });
});
