// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { canonicalHref } from '../../../src/extract/metadata/canonical-link';
import { page } from './page';

describe('canonicalHref', () => {
  it('is the href of the first link whose rel is exactly «canonical»', () => {
    const doc = page(
      '<link rel="stylesheet" href="/a.css"><link rel="canonical alternate" href="/no">' +
        '<link rel="canonical" href="https://www.example.test/news/1"><link rel="canonical" href="/second">',
    );
    expect(canonicalHref(doc)).toBe('https://www.example.test/news/1');
  });

  it('is null without one', () => {
    expect(canonicalHref(page('<link rel="icon" href="/favicon.ico">'))).toBeNull();
  });
});
