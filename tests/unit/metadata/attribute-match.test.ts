// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { attributeHasToken, attributeHolds } from '../../../src/extract/metadata/attribute-match';

function element(html: string): Element {
  const box = document.createElement('div');
  box.innerHTML = html;
  return box.firstElementChild as Element;
}

describe('attributeHolds', () => {
  it('finds any piece in the value, case-sensitively, as [name*="piece"] does', () => {
    expect(attributeHolds(element('<span class="post-byline">x</span>'), 'class', /uthor|yline/)).toBe(true);
    expect(attributeHolds(element('<span class="AUTHOR">x</span>'), 'class', /uthor|yline/)).toBe(false);
    expect(attributeHolds(element('<span>x</span>'), 'class', /uthor/)).toBe(false);
  });
});

describe('attributeHasToken', () => {
  it.each([
    ['<span itemprop="author">x</span>', true],
    ['<span itemprop="name\tauthor">x</span>', true],
    ['<span itemprop="coauthor">x</span>', false],
    ['<span itemprop="authors">x</span>', false],
    ['<span>x</span>', false],
  ])('%s', (html, has) => {
    expect(attributeHasToken(element(html), 'itemprop', 'author')).toBe(has);
  });
});
