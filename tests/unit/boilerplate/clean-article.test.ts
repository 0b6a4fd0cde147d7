// @vitest-environment jsdom
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article';
import { isArticle } from '../../../src/extract/types';
import { PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_3 } from './dom';

const PAGE_URL = 'https://news.example.lb/news/local/1234/article';
const KEPT_SENTENCE = 'وجاء إعلان الوزارة بعد أسابيع من الانتظار، ورحبت به نقابات المزارعين في بيان مشترك.';

/** A page written for Hibr in the shape of a news portal whose article column holds much else. */
const PAGE = `<!doctype html><html lang="en"><head><title>محصول القمح يتجاوز التوقعات</title></head><body>
<div class="page"><div class="row">
 <div class="col-8">
  <div class="article-header">
   <h1>محصول القمح يتجاوز التوقعات</h1>
   <div class="article-meta"><span class="date">2026-05-08 | 12:42</span>
     <span class="views d-none">مشاهدات عالية</span><div class="share">شارك <a href="https://facebook.com/share"></a></div></div>
  </div>
  <div class="article-body">
   <span class="d-none">محصول القمح يتجاوز التوقعات</span>
   <div class="long-desc"><div>
    <p>${PARAGRAPH_1}</p><p>${PARAGRAPH_2}</p>
    <p><strong>اقرأ أيضاً:</strong> <a href="/news/1">الحكومة تعلن خطة لدعم الفلاحين</a></p>
    <p>${KEPT_SENTENCE}</p><p>${PARAGRAPH_3}</p>
   </div></div>
   <div class="article-tags"><div><h3>زراعة</h3></div><div><h3>قمح</h3></div><div><h3>أسعار</h3></div></div>
   <div class="article-prev-next">
    <div><span>التالي</span><img src="/t1.jpg"><span>انطلاق موسم السياحة الصيفية في الجبل</span></div>
    <div><img src="/t2.jpg"><span>ارتفاع أسعار المحروقات للمرة الثالثة</span><span>السابق</span></div>
   </div>
   <div style="padding:10px"><p>يرحب الموقع بالنقاش، وننصحك بمراجعة إرشادات الاستخدام قبل نشر التعليقات.</p></div>
   <div class="fb-comments"></div>
  </div>
 </div>
 <div class="col-4"><p>حمّل الآن تطبيق الموقع للهواتف المحمولة</p><a href="#">Google Play</a><a href="#">App Store</a></div>
</div></div></body></html>`;

describe('extractArticle with the boilerplate rules', () => {
  const result = extractArticle(new JSDOM(PAGE, { url: PAGE_URL }).window.document, PAGE_URL);
  if (!isArticle(result)) throw new Error(`not extracted: ${result.error}`);
  const lines = result.text.split('\n');

  it('gives the article, paragraph by paragraph, from its first line to its last', () => {
    expect(lines).toEqual([PARAGRAPH_1, PARAGRAPH_2, KEPT_SENTENCE, PARAGRAPH_3]);
  });

  it('reads the text as Arabic, right to left, whatever the page declares', () => {
    expect([result.lang, result.dir]).toEqual(['ar', 'rtl']);
  });
});
