// @vitest-environment jsdom
/**
 * Extraction drops the elements whose content the sanitizer drops (`DROPPED_WITH_CONTENT`), so that
 * an article's text is the text its HTML shows once sanitized. The list is checked here against what
 * the sanitizer does, tag by tag: a DOMPurify upgrade that changes its list turns this red.
 */
import { describe, expect, it } from 'vitest';
import { removeEventHandlers, removeUnshownContent } from '../../../src/extract/remove-unshown-content';
import { textBlocks } from '../../../src/extract/text-blocks';
import { ALLOWED_TAGS, DROPPED_WITH_CONTENT, FORBID_TAGS } from '../../../src/sanitize/policy';
import { sanitizeArticleFragment, sanitizeArticleHtml } from '../../../src/sanitize/sanitize-article';

const BASE = 'https://www.example.test/news/1';
/** Elements that hold no content in HTML: their serialization drops whatever a script put in them. */
const VOID = new Set(['br', 'hr', 'img', 'source', 'col', 'input', 'embed', 'link', 'meta', 'base', 'frame']);
/** Elements no list names: the sanitizer removes them and keeps what is inside. */
const UNLISTED = ['font', 'center', 'marquee', 'option', 'label', 'custom-widget', 'dialog', 'details', 'summary'];
const MARK = 'كلمة';

const TAGS = Array.from(new Set([...ALLOWED_TAGS, ...FORBID_TAGS, ...DROPPED_WITH_CONTENT, ...UNLISTED])).filter(
  (tag) => !VOID.has(tag),
);

/** Whether `tag`'s content is still there after sanitizing, given as a tree a script could build. */
function sanitizerKeepsContentOf(tag: string): boolean {
  const holder = document.createElement('div');
  holder.append(document.createElement(tag));
  holder.firstElementChild?.append(MARK);
  return sanitizeArticleHtml(holder, window, BASE).includes(MARK);
}

describe('DROPPED_WITH_CONTENT', () => {
  it.each(TAGS)('names <%s> exactly when the sanitizer drops its content', (tag) => {
    expect(sanitizerKeepsContentOf(tag)).toBe(!DROPPED_WITH_CONTENT.includes(tag));
  });
});

describe('removeUnshownContent', () => {
  it('leaves the text the reader will show once the HTML is sanitized, and nothing else', () => {
    const html =
      '<p>فقرة من المقال</p><svg><title>شارك</title></svg><noscript>فعّل جافاسكربت</noscript>' +
      '<template><p>قالب</p></template><math><mi>x</mi></math><p>وفقرة <button>ثانية</button></p>';
    const content = new DOMParser().parseFromString(`<!DOCTYPE html><body>${html}`, 'text/html').body;
    removeUnshownContent(content);
    const shown = document.createElement('div');
    shown.append(sanitizeArticleFragment(html, window, BASE));
    expect(textBlocks(content)).toEqual(['فقرة من المقال', 'وفقرة ثانية']);
    expect(textBlocks(shown)).toEqual(textBlocks(content));
  });
});

describe('removeEventHandlers', () => {
  it('removes every on… attribute, on the article element and inside it, and nothing else', () => {
    const content = new DOMParser().parseFromString(
      '<!DOCTYPE html><body><div onclick="a()" dir="rtl"><img src="x.jpg" onerror="b()" ONLOAD="c()" alt="صورة">' +
        '<a href="/next" onmouseover="d()" title="one">التالي</a></div>',
      'text/html',
    ).body.firstElementChild;
    if (!content) throw new Error('no content');
    content.setAttributeNS(null, 'onFocus', 'e()');
    removeEventHandlers(content);
    const names = [content, ...Array.from(content.querySelectorAll('*'))].flatMap((element) =>
      element.getAttributeNames(),
    );
    expect(names).toEqual(['dir', 'src', 'alt', 'href', 'title']);
  });
});
