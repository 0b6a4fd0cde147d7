// @vitest-environment jsdom
// jsdom: rendering sanitizes the article's body, and DOMPurify is not safe under happy-dom.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/extract/types';
import { createTranslator } from '../../../src/i18n/translate';
import { renderArticle } from '../../../src/reader-view/render-article';
import { makeArticle } from '../storage/library-fixtures';

const ar = createTranslator('ar');

function render(changes: Partial<Article> = {}, i18n = ar): HTMLElement {
  const article = renderArticle(makeArticle(changes), i18n);
  document.body.replaceChildren(article);
  return article;
}

describe('renderArticle', () => {
  it("carries the article's language and direction", () => {
    expect(render()).toMatchObject({ lang: 'ar', dir: 'rtl' });
    expect(render({ lang: 'en', dir: 'ltr' })).toMatchObject({ lang: 'en', dir: 'ltr' });
  });

  it('shows the headline as text', () => {
    const title = render().querySelector('h1');
    expect(title?.textContent).toBe('ارتفاع أسعار القمح في الأسواق العربية');
  });

  it('keeps a title that contains markup as text: no image, no handler', () => {
    const hostile = 'عاجل <img src=x onerror="alert(1)"> خبر';
    const article = render({ title: hostile });
    expect(article.querySelector('h1')?.textContent).toBe(hostile);
    expect(article.querySelector('img')).toBeNull();
    expect(article.querySelector('[onerror]')).toBeNull();
  });

  it('shows the body paragraphs', () => {
    const body = render({ html: '<p>الفقرة الأولى</p><p>الفقرة الثانية</p>' }).querySelector('.hibr-body');
    expect(Array.from(body?.querySelectorAll('p') ?? [], (p) => p.textContent)).toEqual([
      'الفقرة الأولى',
      'الفقرة الثانية',
    ]);
  });

  it("sanitizes the body again: a script or onclick in a stored article's html never reaches the DOM", () => {
    const article = render({
      html: '<p onclick="steal()">نص المقال</p><script>steal()</script><img src="x" onerror="steal()">',
    });
    expect(article.querySelector('script')).toBeNull();
    expect(article.querySelectorAll('[onclick], [onerror]')).toHaveLength(0);
    expect(article.querySelector('.hibr-body p')?.textContent).toBe('نص المقال');
  });

  it('shows site, byline and date in the meta line', () => {
    const meta = render().querySelector('.hibr-meta');
    expect(meta?.querySelector('.hibr-site')?.textContent).toBe('الجزيرة نت');
    expect(meta?.querySelector('.hibr-byline')?.textContent).toBe('أحمد منصور');
    const date = meta?.querySelector('time');
    expect(date?.getAttribute('datetime')).toBe('2024-05-01T08:30:00.000Z');
    expect(date?.textContent).toBe(ar.formatDate('2024-05-01T08:30:00.000Z'));
    expect(date?.textContent).toContain('مايو');
  });

  it('leaves out what the article does not have, with no dangling separator', () => {
    const meta = render({ byline: '', publishedTime: null }).querySelector('.hibr-meta');
    expect(meta?.textContent).toBe('الجزيرة نت');
  });

  it('shows the reading time in the interface language', () => {
    const en = createTranslator('en');
    expect(render({ readingMinutes: 2 }).querySelector('.hibr-reading-time')?.textContent).toBe('دقيقتا قراءة');
    const english = render({ readingMinutes: 2 }, en).querySelector('.hibr-reading-time');
    expect(english?.textContent).toBe('2 min read');
    expect(english?.getAttribute('lang')).toBe('en');
  });
});
