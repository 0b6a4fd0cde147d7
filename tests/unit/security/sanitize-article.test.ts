// @vitest-environment jsdom
/** The sanitizer's own rules, one at a time; the attack vectors are in sanitize-vectors.test.ts. */
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { sanitizeArticleFragment, sanitizeArticleHtml } from '../../../src/sanitize/sanitize-article';

const BASE = 'https://www.example.test/news/2026/article.html';
const dom = new JSDOM('<!DOCTYPE html><title>host</title>', { url: 'https://reader.hibr.test/' });
const window = dom.window as unknown as Window;
afterAll(() => dom.window.close());

const sanitize = (html: string): string => sanitizeArticleHtml(html, window, BASE);

describe('sanitizeArticleHtml keeps what an article needs', () => {
  it('keeps direction, language, sizes and table spans', () => {
    const html =
      '<p dir="ltr" lang="en" title="t">x</p><img src="https://cdn.example.test/a.jpg" alt="صورة" width="600" height="400">' +
      '<table><tbody><tr><td colspan="2" rowspan="1">خلية</td></tr></tbody></table><ol start="3" reversed=""><li>ب</li></ol>';
    expect(sanitize(html)).toBe(html);
  });

  it('keeps an attribute only on the elements it means something on', () => {
    expect(sanitize('<p src="a.jpg" alt="x" colspan="2" href="/">نص</p>')).toBe('<p>نص</p>');
    expect(sanitize('<picture><source src="a.jpg" srcset="b.jpg 2x"></picture>')).toBe(
      '<picture><source srcset="https://www.example.test/news/2026/b.jpg 2x"></picture>',
    );
  });

  it('opens every link in a new tab without opener or referrer, whatever the page said', () => {
    expect(sanitize('<a href="/x" target="_self" rel="opener">x</a><a target="_top">y</a>')).toBe(
      '<a href="https://www.example.test/x" target="_blank" rel="noopener noreferrer">x</a><a>y</a>',
    );
  });

  it('keeps inline raster images, not SVG ones', () => {
    expect(sanitize('<img src="data:image/png;base64,iVBORw0KGgo=">')).toBe(
      '<img src="data:image/png;base64,iVBORw0KGgo=">',
    );
    expect(sanitize('<img src="data:image/svg+xml;base64,PHN2Zz4=">')).toBe('<img>');
  });
});

describe('sanitizeArticleHtml output is a fixed point', () => {
  const once = (html: string): string => {
    const out = sanitize(html);
    expect(sanitize(out)).toBe(out);
    return out;
  };

  it('turns carriage returns into line feeds, as the parser would', () => {
    expect(once('<p title="a&#13;b">a&#13;b&#13;&#10;c</p>')).toBe('<p title="a\nb">a\nb\nc</p>');
  });

  it('drops the line feeds that open a <pre>', () => {
    expect(once('<pre>\n\n\nسطر</pre>')).toBe('<pre>سطر</pre>');
    expect(once('<pre><x-y></x-y>\nسطر</pre>')).toBe('<pre>سطر</pre>');
  });

  it('reads what removing an element leaves as the parser reads it', () => {
    expect(once('<p>x<button><p>y</p></button></p>')).toBe('<p>x</p><p>y</p><p></p>');
    expect(once('<a href="/1">x<object><a href="/2">y</a></object></a>')).toBe(
      '<a href="https://www.example.test/1" target="_blank" rel="noopener noreferrer">x</a>' +
        '<a href="https://www.example.test/2" target="_blank" rel="noopener noreferrer">y</a>',
    );
  });

  it('parses as the extension pages do, in no-quirks mode', () => {
    expect(once('<p>a<table><tbody><tr><td>b</td></tr></tbody></table></p>')).toBe(
      '<p>a</p><table><tbody><tr><td>b</td></tr></tbody></table><p></p>',
    );
  });

  it('gives the same HTML from a tree built by script as from its serialization', () => {
    const doc = new JSDOM('<!DOCTYPE html><body><p>أ</p>').window.document;
    const outer = doc.querySelector('p');
    const inner = doc.createElement('p');
    inner.textContent = 'ب';
    outer?.append(inner);
    expect(once(sanitizeArticleHtml(doc.body, window, BASE))).toBe('<p>أ</p><p>ب</p><p></p>');
  });
});

describe('sanitizeArticleFragment', () => {
  it('returns nodes of the given window whose HTML is that of sanitizeArticleHtml', () => {
    const html = '<p>x<button><p>y</p></button></p><img src="a.jpg" onerror="x()">';
    const fragment = sanitizeArticleFragment(html, window, BASE);
    expect(fragment.ownerDocument).toBe(window.document);
    const holder = window.document.createElement('div');
    holder.append(fragment);
    const { DOMParser } = window as unknown as typeof globalThis;
    const parsed = new DOMParser().parseFromString(`<!DOCTYPE html><div>${sanitize(html)}</div>`, 'text/html');
    expect(holder.isEqualNode(parsed.body.firstChild)).toBe(true);
  });
});

describe('the sanitizer fails closed', () => {
  it('refuses a window that is not one, instead of passing the HTML through', () => {
    // What a page's `<img name="defaultView">` makes of `document.defaultView`.
    const notAWindow = window.document.createElement('img') as unknown as Window;
    expect(() => sanitizeArticleHtml('<img src=x onerror=alert(1)>', notAWindow, BASE)).toThrow(TypeError);
    expect(() => sanitizeArticleFragment('<img src=x onerror=alert(1)>', notAWindow, BASE)).toThrow(TypeError);
  });
});
