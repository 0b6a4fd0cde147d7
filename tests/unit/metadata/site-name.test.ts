// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findSiteName } from '../../../src/extract/metadata/site-name';
import { jsonLd, page } from './page';

const URL = 'https://www.example.ma/2026/01/28/article/';

describe('findSiteName', () => {
  it('prefers og:site_name, skipping one that is an address', () => {
    const doc = page(
      '<meta property="og:site_name" content="https://akhbarelyom.com/"><meta property="og:site_name" content="بوابة اخبار اليوم">',
    );
    expect(findSiteName(doc, URL)).toBe('بوابة اخبار اليوم');
  });

  it('then the JSON-LD publisher, then application-name, then Readability’s', () => {
    const publisher = page(
      '<meta name="application-name" content="App">' +
        jsonLd({ '@type': 'NewsArticle', publisher: { name: 'أخبار المغرب' } }),
    );
    expect(findSiteName(publisher, URL)).toBe('أخبار المغرب');
    expect(findSiteName(page('<meta name="application-name" content="Youm7">'), URL, 'x')).toBe('Youm7');
    expect(findSiteName(page(''), URL, 'اليوم السابع')).toBe('اليوم السابع');
  });

  it('keeps a name with a colon or a slash', () => {
    expect(findSiteName(page('<meta property="og:site_name" content="CNN: عربي / Arabic">'), URL)).toBe(
      'CNN: عربي / Arabic',
    );
  });

  it('falls back to the host name without www', () => {
    expect(findSiteName(page(''), URL, null)).toBe('example.ma');
    expect(findSiteName(page(''), 'not a url')).toBe('');
  });
});
