import { describe, expect, it } from 'vitest';
import { classifyTabUrl } from '../../../src/page-access/classify-tab-url';

describe('classifyTabUrl', () => {
  it.each([
    'chrome://extensions/',
    'chrome://newtab/',
    'about:blank',
    'about:addons',
    'edge://settings/',
    'chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html',
    'moz-extension://0a1b2c3d-0000-4000-8000-000000000000/reader.html',
    'view-source:https://www.aljazeera.net/news/2024/5/1/wheat',
    'https://chromewebstore.google.com/detail/some-extension/abcdefghijklmnopabcdefghijklmnop',
    'https://chrome.google.com/webstore/category/extensions',
    'https://microsoftedge.microsoft.com/addons/detail/some-extension/abc',
    'https://addons.mozilla.org/ar/firefox/addon/some-extension/',
  ])('%s is restricted', (url) => {
    expect(classifyTabUrl(url)).toBe('restricted');
  });

  it('treats a tab without an address as restricted', () => {
    expect(classifyTabUrl(undefined)).toBe('restricted');
    expect(classifyTabUrl('')).toBe('restricted');
  });

  it.each([
    'https://www.example.org/reports/annual-2023.pdf',
    'https://www.example.org/files/report.PDF?download=1',
    'https://www.example.org/report.pdf#page=3',
    'file:///Downloads/report.pdf',
    'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html',
  ])('%s is a PDF', (url) => {
    expect(classifyTabUrl(url)).toBe('pdf');
  });

  it.each([
    'https://www.aljazeera.net/news/2024/5/1/wheat',
    'http://www.hespress.com/politique/123.html',
    'https://www.bbc.com/arabic/articles/c0000000000o',
    'file:///Downloads/article.html',
    'https://www.example.org/pdf-guide/how-to-read',
  ])('%s is readable', (url) => {
    expect(classifyTabUrl(url)).toBe('readable');
  });
});
