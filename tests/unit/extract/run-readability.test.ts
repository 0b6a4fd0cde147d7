import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import {
  isElementWithoutContent,
  isProbablyVisible,
  isValidByline,
  runReadability,
} from '../../../src/extract/run-readability';

const HEADLINE = 'وزير الخارجية يصل إلى القاهرة لبحث وقف إطلاق النار في غزة';

const PARAGRAPHS = [
  'وصل وزير الخارجية إلى القاهرة صباح اليوم، في زيارة تستمر يومين، يلتقي خلالها نظيره المصري وعددا من المسؤولين، لبحث سبل التوصل إلى وقف دائم لإطلاق النار.',
  'وقال مصدر دبلوماسي، طلب عدم الكشف عن اسمه، إن المحادثات ستتناول أيضا إدخال المساعدات الإنسانية، وفتح المعابر، وتبادل الأسرى، وإعادة الإعمار في المرحلة المقبلة.',
  'وأضاف المصدر أن الجانبين يأملان في التوصل إلى صيغة مقبولة، رغم الخلافات القائمة، وأن الأيام المقبلة ستكون حاسمة، بحسب تعبيره، في مسار المفاوضات الجارية.',
  'وكانت جولات سابقة من المفاوضات، عقدت في الدوحة والقاهرة، قد انتهت دون اتفاق، وسط تبادل للاتهامات بين الأطراف، ومخاوف دولية من اتساع رقعة الصراع في المنطقة.',
];

/** An Arabic news page whose body repeats the headline, as most Arabic news sites do. */
function newsPage(headingTag: 'h1' | 'h2'): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html lang="ar" dir="rtl"><head><title>${HEADLINE}</title></head><body>
      <header><nav><a href="/">الرئيسية</a> <a href="/news">أخبار</a></nav></header>
      <main><article>
        <${headingTag}>${HEADLINE}</${headingTag}>
        ${PARAGRAPHS.map((text) => `<p>${text}</p>`).join('\n')}
      </article></main>
      <footer><p>جميع الحقوق محفوظة</p></footer>
    </body></html>`,
    'text/html',
  );
}

/** How many headings of the extracted article say the headline. */
function headlineCopies(content: ParentNode): number {
  return Array.from(content.querySelectorAll('h1, h2')).filter((heading) => heading.textContent?.trim() === HEADLINE)
    .length;
}

function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('runReadability', () => {
  it('bare Readability keeps the Arabic headline twice (the bug the fix is for)', () => {
    const parsed = new Readability(newsPage('h1')).parse();
    expect(parsed?.title).toBe(HEADLINE);
    expect(headlineCopies(parseHtml(parsed?.content ?? ''))).toBe(1);
  });

  it.each(['h1', 'h2'] as const)('removes an <%s> that repeats the Arabic headline', (tag) => {
    const output = runReadability(newsPage(tag));
    expect(output?.title).toBe(HEADLINE);
    expect(output && headlineCopies(output.content)).toBe(0);
  });

  it('keeps the article’s paragraphs', () => {
    const output = runReadability(newsPage('h1'));
    const texts = Array.from(output?.content.querySelectorAll('p') ?? [], (p) => p.textContent?.trim());
    expect(texts).toEqual(PARAGRAPHS);
  });

  it('keeps a heading that only shares a few words with the headline', () => {
    const page = newsPage('h1');
    const subheading = page.createElement('h2');
    subheading.textContent = 'ملف المساعدات الإنسانية على طاولة القاهرة';
    page.querySelectorAll('article p')[1]?.after(subheading);
    const output = runReadability(page);
    expect(Array.from(output?.content.querySelectorAll('h2') ?? [], (h) => h.textContent)).toEqual([
      'ملف المساعدات الإنسانية على طاولة القاهرة',
    ]);
  });

  it('returns strict strings where Readability gives null', () => {
    const output = runReadability(newsPage('h1'));
    expect(output).toMatchObject({ byline: '', siteName: '', publishedTime: '', lang: 'ar', dir: 'rtl' });
  });

  it('Readability still has the _textSimilarity it replaces (an upgrade that renames it must fail here)', () => {
    expect(typeof (Readability.prototype as unknown as Record<string, unknown>)._textSimilarity).toBe('function');
  });

  it('Readability still has the _isProbablyVisible and _isValidByline it replaces', () => {
    const prototype = Readability.prototype as unknown as Record<string, unknown>;
    expect(typeof prototype._isProbablyVisible).toBe('function');
    expect(typeof prototype._isValidByline).toBe('function');
    expect(typeof prototype._isElementWithoutContent).toBe('function');
  });
});

describe('isProbablyVisible', () => {
  const readabilitys = (Readability.prototype as unknown as { _isProbablyVisible: (node: Element) => boolean })
    ._isProbablyVisible;
  const elements = parseHtml(`<!doctype html><body>
    <p>plain</p>
    <p style="color: red">styled</p>
    <p style="display: none">display none</p>
    <p style="DISPLAY:NONE !important">upper case</p>
    <p style="d\\isplay: none">escaped property</p>
    <p style="visibility: hidden">visibility hidden</p>
    <p style="visibility: collapse">collapse</p>
    <p style="display: flex; visibility: visible">shown</p>
    <p style="">empty style</p>
    <p hidden>hidden</p>
    <p aria-hidden="true">aria hidden</p>
    <p aria-hidden="false">aria shown</p>
    <img aria-hidden="true" class="mwe-math-fallback-image-inline" alt="x">
    <svg aria-hidden="true" class="fallback-image"><g style="display:none"></g></svg>
    <math aria-hidden="true"></math>
  </body>`).querySelectorAll('body *');

  it('decides as Readability 0.6 does on every kind of element', () => {
    expect(elements.length).toBe(16);
    for (const element of Array.from(elements)) {
      expect(isProbablyVisible(element), element.outerHTML).toBe(Boolean(readabilitys(element)));
    }
  });

  it('hides what an inline style, hidden or aria-hidden hides', () => {
    const visibleByText = new Map(Array.from(elements, (element) => [element.textContent, isProbablyVisible(element)]));
    for (const text of ['plain', 'styled', 'collapse', 'shown', 'empty style', 'aria shown']) {
      expect(visibleByText.get(text), text).toBe(true);
    }
    for (const text of ['display none', 'visibility hidden', 'hidden', 'aria hidden']) {
      expect(visibleByText.get(text), text).toBe(false);
    }
  });
});

describe('isValidByline', () => {
  const prototype = Readability.prototype as unknown as {
    _isValidByline: (node: Element, matchString: string) => boolean;
    REGEXPS: { byline: RegExp };
  };
  const elements = parseHtml(`<!doctype html><body>
    <a rel="author" href="/a">أحمد علي</a>
    <a rel="author" href="/a"></a>
    <span itemprop="author">سارة</span>
    <span itemprop="author name">سارة</span>
    <div class="post-author">بقلم: محمد</div>
    <div id="byline">${'م'.repeat(120)}</div>
    <div class="author-box">  </div>
    <p class="text">نص عادي</p>
    <div itemprop="">لا شيء</div>
  </body>`).querySelectorAll('body *');

  it('decides as Readability 0.6 does', () => {
    expect(elements.length).toBe(9);
    for (const element of Array.from(elements)) {
      const matchString = `${element.className} ${element.id}`;
      expect(isValidByline(element, matchString, prototype.REGEXPS.byline), element.outerHTML).toBe(
        prototype._isValidByline.call(prototype, element, matchString),
      );
    }
  });

  it('takes a named, short, non-empty element only', () => {
    const valid = Array.from(elements, (element) =>
      isValidByline(element, `${element.className} ${element.id}`, prototype.REGEXPS.byline),
    );
    expect(valid).toEqual([true, false, true, true, true, false, false, false, false]);
  });
});

describe('isElementWithoutContent', () => {
  const prototype = Readability.prototype as unknown as {
    _isElementWithoutContent: (node: Node) => boolean;
    ELEMENT_NODE: number;
  };
  const elements = Array.from(
    parseHtml(`<!doctype html><body>
      <div></div>
      <div>   \n\t </div>
      <div>&nbsp;\u3000\ufeff</div>
      <div><!-- تعليق --></div>
      <div> <br> <hr> </div>
      <div><span><br></span></div>
      <div><span></span></div>
      <div><img src="a.jpg"></div>
      <div>نص</div>
      <section><div><div>   </div><p> نص </p></div></section>
      <h2> </h2>
    </body>`).body.children,
  );

  it('decides as Readability 0.6 does', () => {
    expect(elements.length).toBe(11);
    for (const element of [...elements, elements[0]?.ownerDocument.createTextNode(' ')]) {
      if (!element) continue;
      expect(isElementWithoutContent(element), (element as Element).outerHTML ?? 'text').toBe(
        prototype._isElementWithoutContent.call(prototype, element),
      );
    }
  });

  it('finds blank elements whose only children are line breaks and rules', () => {
    expect(elements.map(isElementWithoutContent)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      true,
    ]);
  });
});
