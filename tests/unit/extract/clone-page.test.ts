// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { clonePage } from '../../../src/extract/clone-page';

function pageWithShadowArticle(): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = '<main><news-article><span slot="byline">سارة</span><p>ظاهر</p></news-article></main>';
  const host = doc.querySelector('news-article') as Element;
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<h2>عنوان داخل الظل</h2><p>فقرة داخل الظل</p><slot name="byline"></slot><slot></slot>';
  return doc;
}

describe('clonePage', () => {
  it('writes open shadow roots into the copy, with light children in their slots', () => {
    const clone = clonePage(pageWithShadowArticle());
    const host = clone.querySelector('news-article') as Element;
    expect(Array.from(host.children, (child) => child.textContent)).toEqual([
      'عنوان داخل الظل',
      'فقرة داخل الظل',
      'سارة',
      'ظاهر',
    ]);
  });

  it('never changes the live page', () => {
    const live = pageWithShadowArticle();
    clonePage(live);
    expect(live.querySelector('news-article')?.children).toHaveLength(2);
  });

  it('copies a page without shadow roots as it is', () => {
    const live = document.implementation.createHTMLDocument('t');
    live.body.innerHTML = '<article><p>نص</p></article>';
    expect(clonePage(live).body.innerHTML).toBe(live.body.innerHTML);
  });
});
