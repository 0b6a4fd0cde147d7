// @vitest-environment jsdom
// jsdom: this is the sanitizer's door, and DOMPurify is not safe under happy-dom.
import { describe, expect, it } from 'vitest';
import { insertArticleHtml } from '../../../src/reader-view/insert-article-html';

const BASE = 'https://www.aljazeera.net/news/2024/5/1/wheat';

function insert(html: string): HTMLElement {
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  insertArticleHtml(container, html, BASE);
  return container;
}

describe('insertArticleHtml', () => {
  it('inserts the article’s paragraphs and headings', () => {
    const container = insert('<h2>عنوان فرعي</h2><p>نص <strong>المقال</strong></p>');
    expect(Array.from(container.children, (child) => [child.tagName, child.textContent])).toEqual([
      ['H2', 'عنوان فرعي'],
      ['P', 'نص المقال'],
    ]);
  });

  it('drops scripts, event handlers and javascript: links', () => {
    const container = insert(
      '<p onclick="steal()">نص</p><script>steal()</script><a href="javascript:steal()">رابط</a><svg onload="steal()"></svg>',
    );
    expect(container.querySelectorAll('script, svg, [onclick], [onload]')).toHaveLength(0);
    expect(container.querySelector('a')?.hasAttribute('href')).toBe(false);
    expect(container.textContent).toBe('نصرابط');
  });

  it('makes relative links absolute and opens them in a new tab without opener', () => {
    const link = insert('<p><a href="/news/other">خبر آخر</a></p>').querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://www.aljazeera.net/news/other');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('keeps the direction marks of the blocks', () => {
    const container = insert('<p>خبر</p><blockquote dir="ltr">A quote</blockquote>');
    expect(container.querySelector('blockquote')?.getAttribute('dir')).toBe('ltr');
  });

  it('replaces what the container held before', () => {
    const container = insert('<p>الأول</p>');
    insertArticleHtml(container, '<p>الثاني</p>', BASE);
    expect(container.textContent).toBe('الثاني');
  });
});
