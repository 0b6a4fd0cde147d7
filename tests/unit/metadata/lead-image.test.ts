// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../../src/extract/read-metadata';
import type { ReadabilityOutput } from '../../../src/extract/run-readability';
import { page } from './page';

const URL = 'https://www.example.test/news/1';
const FOUND: ReadabilityOutput = {
  title: '',
  byline: '',
  siteName: '',
  publishedTime: '',
  excerpt: '',
  lang: '',
  dir: '',
  content: document.createElement('div'),
};

function leadImage(head: string): string {
  return readMetadata(page(head, '<h1>عنوان</h1>'), URL, FOUND).leadImage;
}

describe('the lead image', () => {
  it('is og:image, before twitter:image wherever each stands', () => {
    const twitterFirst =
      '<meta name="twitter:image" content="https://cdn.example.test/t.jpg"><meta property="og:image" content=" https://cdn.example.test/og.jpg ">';
    expect(leadImage(twitterFirst)).toBe('https://cdn.example.test/og.jpg');
  });

  it('is twitter:image when there is no og:image, and nothing when neither has a value', () => {
    expect(leadImage('<meta name="twitter:image" content="https://cdn.example.test/t.jpg">')).toBe(
      'https://cdn.example.test/t.jpg',
    );
    expect(leadImage('<meta property="og:image" content="  "><meta name="description" content="وصف">')).toBe('');
  });
});
