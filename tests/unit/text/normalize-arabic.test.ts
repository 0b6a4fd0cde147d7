import { describe, expect, it } from 'vitest';
import { normalizeArabic, wordTokens } from '../../../src/text/normalize-arabic';

describe('normalizeArabic', () => {
  it('drops harakat, shadda, tanwin and the superscript alef', () => {
    expect(normalizeArabic('مُحَمَّدٌ')).toBe('محمد');
    expect(normalizeArabic('هٰذا')).toBe('هذا');
  });

  it('drops tatweel', () => {
    expect(normalizeArabic('جـــديد')).toBe('جديد');
  });

  it('writes every alef variant (آ أ إ ٱ) as a bare alef', () => {
    expect(normalizeArabic('آمال أحمد إبراهيم ٱلله')).toBe('امال احمد ابراهيم الله');
  });

  it('writes alef maqsura as yeh and ta marbuta as heh', () => {
    expect(normalizeArabic('مستشفى')).toBe('مستشفي');
    expect(normalizeArabic('مدرسة')).toBe('مدرسه');
  });

  it('applies NFKC: presentation forms, a decomposed hamza and full-width Latin', () => {
    expect(normalizeArabic('ﺍﻟﺴﻼﻡ')).toBe('السلام');
    expect(normalizeArabic('ا\u0654حمد')).toBe('احمد');
    expect(normalizeArabic('ＢＢＣ')).toBe('bbc');
  });

  it('collapses and trims white space, no-break spaces included', () => {
    expect(normalizeArabic('  الخبر \n\t العاجل\u00A0اليوم ')).toBe('الخبر العاجل اليوم');
  });

  it('lower-cases Latin text', () => {
    expect(normalizeArabic('BBC عربي')).toBe('bbc عربي');
  });

  it('makes two spellings of one headline equal', () => {
    expect(normalizeArabic('وصولُ الرئيسِ إلى القاهرةِ')).toBe(normalizeArabic('وصول الرئيس الي القاهره'));
  });
});

describe('wordTokens', () => {
  it('finds Arabic words, unlike \\W+, and leaves punctuation out', () => {
    expect(wordTokens('قال الرئيسُ، «نعم»!')).toEqual(['قال', 'الرئيس', 'نعم']);
  });

  it('keeps digits, Latin words and normalises each token', () => {
    expect(wordTokens('انتخابات 2024 في BBC')).toEqual(['انتخابات', '2024', 'في', 'bbc']);
  });

  it('gives no token for punctuation alone', () => {
    expect(wordTokens(' … ، ؟ ')).toEqual([]);
  });
});
