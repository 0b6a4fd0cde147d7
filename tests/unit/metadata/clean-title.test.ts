// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cleanTitle, pickTitle } from '../../../src/extract/metadata/clean-title';
import { jsonLd, page } from './page';

describe('cleanTitle', () => {
  it.each([
    ['عنوان الخبر - الجزيرة نت', 'الجزيرة نت', 'عنوان الخبر'],
    ['عنوان الخبر | اليوم السابع', 'اليوم السابع', 'عنوان الخبر'],
    ['اليوم السابع | عنوان الخبر', 'اليوم السابع', 'عنوان الخبر'],
    ['عنوان الخبر — BBC News عربي', 'BBC News عربي', 'عنوان الخبر'],
    ['عنوان الخبر » أخبار المغرب', 'أخبار المغرب', 'عنوان الخبر'],
    ['عنوان الخبر :: الشرق الأوسط', 'الشرق الأوسط', 'عنوان الخبر'],
    ['عنوان الخبر ـ الأهرام', 'الأهرام', 'عنوان الخبر'],
    ['عنوان الخبر - CNNArabic.com', 'CNN', 'عنوان الخبر'],
    // «بوابة أخبار اليوم الإلكترونية» is the site named «بوابة اخبار اليوم» at greater length.
    [
      '36 عامًا.. سر رحيل نعيمة عاكف في سن مبكر | بوابة أخبار اليوم الإلكترونية',
      'بوابة اخبار اليوم',
      '36 عامًا.. سر رحيل نعيمة عاكف في سن مبكر',
    ],
  ])('%s → without the site', (raw, site, expected) => {
    expect(cleanTitle(raw, site)).toBe(expected);
  });

  it('keeps a headline that has a dash of its own', () => {
    expect(cleanTitle('المغرب - إسرائيل: اتفاق عسكري جديد', 'أخبار المغرب')).toBe('المغرب - إسرائيل: اتفاق عسكري جديد');
    expect(cleanTitle('المغرب - إسرائيل: اتفاق عسكري جديد', 'المغرب اليوم')).toBe('المغرب - إسرائيل: اتفاق عسكري جديد');
    expect(cleanTitle('كوفيد-19 يعود - هسبريس', 'هسبريس')).toBe('كوفيد-19 يعود');
  });

  it('removes the site but keeps the section words between', () => {
    expect(cleanTitle('عنوان - عبر الإمارات - البيان', 'البيان')).toBe('عنوان - عبر الإمارات');
  });

  it('does not cut a headline that only mentions the site', () => {
    expect(cleanTitle('الجزيرة تفوز بجائزة دولية للصحافة - أخبار', 'الجزيرة')).toBe(
      'الجزيرة تفوز بجائزة دولية للصحافة - أخبار',
    );
  });

  it('uses other names of the site', () => {
    expect(cleanTitle('عنوان الخبر - Youm7', 'اليوم السابع', ['Youm7'])).toBe('عنوان الخبر');
  });

  it('never returns an empty title for a title that is only the site name', () => {
    expect(cleanTitle('الجزيرة نت', 'الجزيرة نت')).toBe('الجزيرة نت');
    expect(cleanTitle('', 'x')).toBe('');
  });
});

describe('pickTitle', () => {
  it('prefers og:title, cleaned', () => {
    const doc = page(
      '<title>عنوان الصفحة - موقع</title><meta property="og:title" content="العنوان الكامل - BBC News عربي"><meta property="og:site_name" content="BBC News عربي">',
    );
    expect(pickTitle(doc, 'عنوان Readability', 'BBC News عربي')).toBe('العنوان الكامل');
  });

  it('falls back to the JSON-LD headline', () => {
    const doc = page('<title>x</title>' + jsonLd({ '@type': 'NewsArticle', headline: 'عنوان من &quot;JSON-LD&quot;' }));
    expect(pickTitle(doc, 'y', 'موقع')).toBe('عنوان من "JSON-LD"');
  });

  it('takes an h1 that begins the document title, not a logo h1', () => {
    const doc = page(
      '<title>القائم بأعمال السفارة يثمّن الجهود - عبر الإمارات - البيان</title>',
      '<h1>البيان</h1><h1>القائم بأعمال السفارة يثمّن الجهود</h1>',
    );
    expect(pickTitle(doc, 'Readability', 'البيان')).toBe('القائم بأعمال السفارة يثمّن الجهود');
  });

  it('skips an og:title that is only the site name', () => {
    const doc = page('<title>عنوان الخبر | هسبريس</title><meta property="og:title" content="هسبريس">');
    expect(pickTitle(doc, '', 'هسبريس')).toBe('عنوان الخبر');
  });

  it('uses the host name as a site name', () => {
    const doc = page('<title>عنوان الخبر - Example.com</title><link rel="canonical" href="https://www.example.com/a">');
    expect(pickTitle(doc, '', '')).toBe('عنوان الخبر');
  });
});
