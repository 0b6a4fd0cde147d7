import { describe, expect, it } from 'vitest';
import { detectDirection, detectLanguage } from '../../../src/text/detect-language';

const ARABIC = 'قال وزير الخارجية إن المحادثات مع الجانب الآخر كانت بناءة، وإن الطرفين اتفقا على لقاء جديد.';
const PERSIAN = 'وزیر امور خارجه ایران گفت که این کشور آماده گفتگو با همسایگان است.';
const URDU = 'پاکستان کے وزیر اعظم نے کہا ہے کہ حکومت مہنگائی پر قابو پانے کے لیے اقدامات کر رہی ہے۔';
const HEBREW = 'ראש הממשלה אמר היום כי הממשלה תדון בתקציב בשבוע הבא.';
const ENGLISH = 'The foreign minister said the talks had been constructive and that both sides agreed to meet again.';

describe('detectLanguage', () => {
  it.each([
    ['Arabic', ARABIC, 'ar'],
    ['Persian', PERSIAN, 'fa'],
    ['Urdu', URDU, 'ur'],
    ['Hebrew', HEBREW, 'he'],
  ])('tells %s from its letters, right to left', (_name, text, lang) => {
    expect(detectLanguage(text)).toMatchObject({ lang, dir: 'rtl' });
  });

  it('calls left-to-right text English when the page gives no hint', () => {
    expect(detectLanguage(ENGLISH)).toMatchObject({ lang: 'en', dir: 'ltr' });
  });

  it('keeps Arabic even when the page claims English', () => {
    expect(detectLanguage(ARABIC, 'en-US')).toMatchObject({ lang: 'ar', dir: 'rtl' });
  });

  it('uses the page hint to name a left-to-right language', () => {
    expect(detectLanguage('Le ministre a déclaré que les discussions étaient constructives.', 'fr-FR')).toMatchObject({
      lang: 'fr',
      dir: 'ltr',
    });
  });

  it('ignores a right-to-left hint for left-to-right text', () => {
    expect(detectLanguage(ENGLISH, 'ar')).toMatchObject({ lang: 'en', dir: 'ltr' });
  });

  it('ignores a hint that is not a language subtag', () => {
    expect(detectLanguage(ENGLISH, 'english')).toMatchObject({ lang: 'en' });
  });

  it('stays Arabic when an Arabic text quotes a foreign name with Persian letters («پ», «گ»)', () => {
    expect(detectLanguage(`${ARABIC} وصرح بيتر غولدبرغ (پيتر گولدبرغ) للصحفيين.`).lang).toBe('ar');
  });

  it('answers und with no letters to go on', () => {
    expect(detectLanguage('2024 — 15%')).toEqual({ lang: 'und', dir: 'ltr', letters: 0 });
  });

  it('reports how many letters the guess rests on', () => {
    expect(detectLanguage('نعم').letters).toBe(3);
  });
});

describe('detectDirection', () => {
  it('keeps an Arabic paragraph right to left when it opens with a Latin name', () => {
    expect(detectDirection('Elon Musk قال إن شركته ستطلق صاروخا جديدا إلى الفضاء الأسبوع المقبل')).toBe('rtl');
  });

  it('makes an English quotation left to right even with an Arabic word in it', () => {
    expect(detectDirection('“We will not leave Gaza,” said the spokesman of الهلال الأحمر')).toBe('ltr');
  });

  it('makes Hebrew right to left', () => {
    expect(detectDirection(HEBREW)).toBe('rtl');
  });

  it('counts Persian digits «۱۴۰۲» as digits, not as right-to-left letters', () => {
    expect(detectDirection('The report is dated ۱۴۰۲/۰۸/۱۵')).toBe('ltr');
  });

  it('has no direction for digits and punctuation only', () => {
    expect(detectDirection('2024/05/01 — 15% (٣٠)')).toBeNull();
    expect(detectDirection('')).toBeNull();
  });
});
