// @vitest-environment jsdom
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleBaseUrl, pinBaseUrl } from '../../../src/sanitize/article-base-url';
import { resolveSafeSrcset, resolveSafeUrl, srcsetCandidates } from '../../../src/sanitize/resolve-url';
import { sanitizeArticleHtml } from '../../../src/sanitize/sanitize-article';
import { srcsetUrls } from '../../security/check-output';

const PAGE = 'https://www.example.test/news/2026/11/article.html?id=7#top';

describe('resolveSafeUrl', () => {
  it('makes relative URLs absolute against the base', () => {
    expect(resolveSafeUrl('photo.jpg', PAGE)).toBe('https://www.example.test/news/2026/11/photo.jpg');
    expect(resolveSafeUrl('/img/a b.jpg', PAGE)).toBe('https://www.example.test/img/a%20b.jpg');
    expect(resolveSafeUrl('../x.jpg?w=1&h=2', PAGE)).toBe('https://www.example.test/news/2026/x.jpg?w=1&h=2');
    expect(resolveSafeUrl('#section-2', PAGE)).toBe(
      'https://www.example.test/news/2026/11/article.html?id=7#section-2',
    );
    expect(resolveSafeUrl('//cdn.example.test/a.jpg', PAGE)).toBe('https://cdn.example.test/a.jpg');
    expect(resolveSafeUrl('  https://example.test/a  ', PAGE)).toBe('https://example.test/a');
  });

  it('keeps Arabic paths and hosts, encoded as a browser would', () => {
    expect(resolveSafeUrl('/أخبار/مقال', PAGE)).toBe(
      'https://www.example.test/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D9%85%D9%82%D8%A7%D9%84',
    );
    expect(resolveSafeUrl('https://موقع.example/', PAGE)).toBe('https://xn--4gbrim.example/');
  });

  it('refuses every scheme but http(s), however it is spelled', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' \u0001javascript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'blob:https://example.test/1',
      'ftp://example.test/',
      'x:alert(1)',
      'chrome-extension://abc/popup.html',
    ]) {
      expect(resolveSafeUrl(url, PAGE), url).toBeNull();
    }
  });

  it('refuses URLs that carry dangling markup, before or after a parser saw them', () => {
    expect(resolveSafeUrl('https://attacker.test/?\n<p>rest of the page', PAGE)).toBeNull();
    expect(resolveSafeUrl('https://attacker.test/?a\tb', PAGE)).toBeNull();
    expect(resolveSafeUrl('https://attacker.test/?%3Cp%3Erest', PAGE)).toBeNull();
    expect(resolveSafeUrl('java\nscript:alert(1)', PAGE)).toBeNull();
  });

  it('takes a hostile base only as far as it yields an http(s) URL', () => {
    expect(resolveSafeUrl('page', 'javascript:alert(1)')).toBeNull();
    expect(resolveSafeUrl('#x', 'javascript:alert(1)')).toBeNull();
    expect(resolveSafeUrl('#x', 'data:text/html,<b>')).toBeNull();
    expect(resolveSafeUrl('https://example.test/a', 'javascript:alert(1)')).toBe('https://example.test/a');
  });

  it('allows inline raster images only where asked, never SVG', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(resolveSafeUrl(png, PAGE, true)).toBe(png);
    expect(resolveSafeUrl('data:image/webp;base64,UklG\nRg==', PAGE, true)).toBe('data:image/webp;base64,UklGRg==');
    expect(resolveSafeUrl(png, PAGE)).toBeNull();
    expect(resolveSafeUrl('data:image/svg+xml,<svg onload=alert(1)>', PAGE, true)).toBeNull();
    expect(resolveSafeUrl('data:image/png;charset=utf-8,x', PAGE, true)).toBeNull();
  });
});

describe('srcsetCandidates', () => {
  it('splits at white space and at commas that end a URL or its descriptors', () => {
    expect(srcsetCandidates('a.jpg 1x, b.jpg 2x')).toEqual([
      { url: 'a.jpg', descriptor: '1x' },
      { url: 'b.jpg', descriptor: '2x' },
    ]);
    expect(srcsetCandidates(' a.jpg,b.jpg 480w ,c.jpg')).toEqual([
      { url: 'a.jpg,b.jpg', descriptor: '480w' },
      { url: 'c.jpg', descriptor: '' },
    ]);
    expect(srcsetCandidates('a.jpg, b.jpg,, c.jpg 2x')).toEqual([
      { url: 'a.jpg', descriptor: '' },
      { url: 'b.jpg', descriptor: '' },
      { url: 'c.jpg', descriptor: '2x' },
    ]);
  });

  it('keeps commas inside a URL (image CDNs put them in the path)', () => {
    expect(
      srcsetCandidates('https://res.cdn.test/w_300,h_200,c_fill/a.jpg 300w, https://res.cdn.test/w_600/a.jpg 600w'),
    ).toEqual([
      { url: 'https://res.cdn.test/w_300,h_200,c_fill/a.jpg', descriptor: '300w' },
      { url: 'https://res.cdn.test/w_600/a.jpg', descriptor: '600w' },
    ]);
  });

  it('does not split at a comma inside parentheses, as browsers do not', () => {
    expect(srcsetCandidates('a.jpg (, https://tracker.test/x.gif 2x, b.jpg)')).toEqual([
      { url: 'a.jpg', descriptor: '(, https://tracker.test/x.gif 2x, b.jpg)' },
    ]);
  });

  it('reads candidates as the test suite’s own srcset parser does', () => {
    for (const value of [
      'a.jpg 1x, b.jpg 2x',
      'a,b.jpg, c.jpg',
      'x.jpg (1, 2) 1x, y.jpg',
      ',,a.jpg ,',
      'a.jpg 1x,b.jpg',
    ]) {
      expect(
        srcsetCandidates(value).map((candidate) => candidate.url),
        value,
      ).toEqual(srcsetUrls(value));
    }
  });
});

describe('resolveSafeSrcset', () => {
  it('makes every candidate absolute and keeps well-formed descriptors', () => {
    expect(resolveSafeSrcset('small.jpg 480w, /big.jpg 960w', PAGE)).toBe(
      'https://www.example.test/news/2026/11/small.jpg 480w, https://www.example.test/big.jpg 960w',
    );
    expect(resolveSafeSrcset('https://res.cdn.test/w_300,h_200/a.jpg 1.5x', PAGE)).toBe(
      'https://res.cdn.test/w_300,h_200/a.jpg 1.5x',
    );
  });

  it('drops candidates with another scheme, a bad descriptor or a URL that would not read back', () => {
    expect(resolveSafeSrcset('javascript:alert(1) 1x, b.jpg 2x', PAGE)).toBe(
      'https://www.example.test/news/2026/11/b.jpg 2x',
    );
    expect(resolveSafeSrcset('a.jpg onerror=alert(1), b.jpg 2x', PAGE)).toBe(
      'https://www.example.test/news/2026/11/b.jpg 2x',
    );
    expect(resolveSafeSrcset('data:image/png;base64,AAAA 1x', PAGE)).toBeNull();
    expect(resolveSafeSrcset('https://example.test/a.jpg%2C, b.jpg', PAGE)).toBe(
      'https://example.test/a.jpg%2C, https://www.example.test/news/2026/11/b.jpg',
    );
    expect(resolveSafeSrcset('a.jpg (, https://tracker.test/x.gif 2x, b.jpg)', PAGE)).toBeNull();
    expect(resolveSafeSrcset('', PAGE)).toBeNull();
  });

  it('is stable: its output resolves to itself', () => {
    for (const value of ['a.jpg 1x, b.jpg 2x', 'https://res.cdn.test/w_300,h_200/a.jpg 300w, c.jpg', 'x.jpg']) {
      const once = resolveSafeSrcset(value, PAGE) ?? '';
      expect(resolveSafeSrcset(once, 'about:blank')).toBe(once);
    }
  });
});

describe('articleBaseUrl', () => {
  const page = 'https://www.example.test/news/a.html';

  it('takes a <base> on the page’s own origin', () => {
    expect(articleBaseUrl(page, 'https://www.example.test/static/')).toBe('https://www.example.test/static/');
  });

  it('ignores a <base> on another origin, of another scheme, or none at all', () => {
    expect(articleBaseUrl(page, 'https://attacker.test/')).toBe(page);
    expect(articleBaseUrl(page, 'http://www.example.test/')).toBe(page);
    expect(articleBaseUrl(page, 'javascript:alert(1)')).toBe(page);
    expect(articleBaseUrl(page, 'data:text/html,x')).toBe(page);
    expect(articleBaseUrl(page, 'about:blank')).toBe(page);
    expect(articleBaseUrl(page, '')).toBe(page);
  });
});

describe('pinBaseUrl', () => {
  it('replaces every <base> of a copy of the page with the chosen one', () => {
    const page = 'https://www.example.test/news/a.html';
    const dom = new JSDOM(
      '<!DOCTYPE html><head><base href="https://attacker.test/"></head><body><base href="javascript:x"><a href="b.html">b</a></body>',
      { url: page },
    );
    const doc = dom.window.document;
    pinBaseUrl(doc, articleBaseUrl(page, doc.baseURI));
    expect(doc.querySelectorAll('base')).toHaveLength(0);
    expect(doc.querySelector('a')?.href).toBe('https://www.example.test/news/b.html');

    pinBaseUrl(doc, 'https://www.example.test/static/');
    expect(doc.querySelectorAll('base')).toHaveLength(1);
    expect(doc.querySelector('a')?.href).toBe('https://www.example.test/static/b.html');
    dom.window.close();
  });
});

describe('sanitizeArticleHtml and <base>', () => {
  const dom = new JSDOM('', { url: 'https://reader.hibr.test/' });
  const window = dom.window as unknown as Window;

  it('drops a <base> from the article and resolves against the base it is given', () => {
    const html = sanitizeArticleHtml(
      '<base href="https://attacker.test/"><img src="a.jpg"><a href="b.html">b</a>',
      window,
      'https://www.example.test/news/',
    );
    expect(html).toBe(
      '<img src="https://www.example.test/news/a.jpg"><a href="https://www.example.test/news/b.html" target="_blank" rel="noopener noreferrer">b</a>',
    );
  });

  it('with a javascript: base, drops relative URLs and keeps absolute ones', () => {
    expect(
      sanitizeArticleHtml('<a href="#x">x</a><img src="https://example.test/a.jpg">', window, 'javascript:alert(1)'),
    ).toBe('<a>x</a><img src="https://example.test/a.jpg">');
  });
});
