// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cleanByline, findByline } from '../../../src/extract/metadata/clean-byline';
import { jsonLd, page } from './page';

describe('cleanByline', () => {
  it.each([
    ['بقلم: أحمد منصور', 'أحمد منصور'],
    ['كتب - محمد علي', 'محمد علي'],
    ['كتبت: منى الشاذلي', 'منى الشاذلي'],
    ['حوار: سامي كليب', 'سامي كليب'],
    ['إعداد وتقديم', ''],
    ['إعداد: ليلى بن علي', 'ليلى بن علي'],
    ['تقرير: رامي خوري', 'رامي خوري'],
    ['ترجمة: عبد الله', 'عبد الله'],
    ['By Kayla Epstein', 'Kayla Epstein'],
    ['«أحمد منصور»', 'أحمد منصور'],
    ['أحمد منصور - الجزيرة نت', 'أحمد منصور'],
    ['حسام أبو العلا - القاهرة', 'حسام أبو العلا'],
    ['محمد علي | 28 يناير 2026 - 10:30 ص', 'محمد علي'],
    ['محمد علي الأربعاء 28 يناير 2026', 'محمد علي'],
    ['أحمد منصور، منى الشاذلي', 'أحمد منصور، منى الشاذلي'],
  ])('%s → %s', (raw, expected) => {
    expect(cleanByline(raw)).toBe(expected);
  });

  it.each([
    'https://www.facebook.com/bbcnews',
    'www.example.com',
    '28 يناير 2026',
    '2026-01-28',
    'admin',
    'Developed By Heba Musa',
    'نشر في: 12 يناير 2026',
    'פורסם:\u00A0 22.05.20 , 15:08',
    'פנייה לכתב/ת',
    'أحمد '.repeat(30),
    '',
  ])('%s is not a name', (raw) => {
    expect(cleanByline(raw)).toBe('');
  });

  it('rejects the site name and datelines that name the site', () => {
    expect(cleanByline('البيان', ['البيان'])).toBe('');
    expect(cleanByline('(أبوظبي - البيان)', ['البيان'])).toBe('');
    expect(cleanByline('خبرآنلاین - سایت خبرگزاری خبرآنلاین', ['خبرآنلاین'])).toBe('');
    expect(cleanByline('akhbarelyom', ['akhbarelyom.com', 'akhbarelyom'])).toBe('');
  });
});

describe('findByline', () => {
  it('reads a JSON-LD author object inside @graph', () => {
    const doc = page(
      jsonLd({ '@graph': [{ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'هيئة التحرير' } }] }),
    );
    expect(findByline(doc, 'قراءة')).toBe('هيئة التحرير');
  });

  it('joins an array of JSON-LD authors', () => {
    const doc = page(jsonLd({ '@type': 'ReportageNewsArticle', author: [{ name: 'كايلا إبستين' }, 'أنجليكا كاساس'] }));
    expect(findByline(doc, null)).toBe('كايلا إبستين، أنجليكا كاساس');
  });

  it('skips an author that is the site or a section, and a meta author that is an address', () => {
    const doc = page(
      '<meta property="og:site_name" content="الموقع"><meta property="article:section" content="أخبار">' +
        '<meta name="article:author" content="https://www.facebook.com/site">' +
        jsonLd({ '@type': 'NewsArticle', author: [{ name: 'أخبار' }] }) +
        jsonLd({ '@type': 'Article', author: 'الموقع' }),
      '<a rel="author" href="/author/1">بقلم سارة</a>',
    );
    expect(findByline(doc, undefined)).toBe('سارة');
  });

  it('reads meta author before Readability', () => {
    const doc = page('<meta name="author" content="حسام أبو العلا - القاهرة">');
    expect(findByline(doc, 'شخص آخر')).toBe('حسام أبو العلا');
  });

  it('falls back to Readability, then to a credit closing the article text', () => {
    expect(findByline(page(''), 'By Jane Doe')).toBe('Jane Doe');
    const flash = page(jsonLd({ '@type': 'NewsArticle', articleBody: 'نص الخبر القصير. (سامر يوسف)' }));
    expect(findByline(flash, null)).toBe('سامر يوسف');
    const video = page('<meta property="og:description" content="نص الخبر (فيديو)">');
    expect(findByline(video, null)).toBe('');
  });

  it('reads an element classed as the byline, skipping author widgets and comments', () => {
    const doc = page(
      '',
      '<h1>عنوان</h1><div class="contactAuthor">פנייה לכתב/ת</div><span class="header_author">פורסם: 22.05.20 , 15:08</span>' +
        '<span class="writeBy">كتب محمود عبد الرحمن</span><div class="comments"><span class="author">زائر</span></div>',
    );
    expect(findByline(doc, null)).toBe('محمود عبد الرحمن');
    const comments = page('', '<section id="comments"><span class="comment-author">قارئ</span></section>');
    expect(findByline(comments, null)).toBe('');
  });

  it.each([
    ['<span itemprop="author">سارة يوسف</span>', 'سارة يوسف'],
    ['<span itemprop="name author">سارة يوسف</span>', 'سارة يوسف'],
    ['<span itemprop="coauthor">سارة يوسف</span>', ''],
    ['<span class="Byline">سارة يوسف</span>', 'سارة يوسف'],
    ['<span class="AUTHOR">سارة يوسف</span>', ''],
    ['<span class="post-byline">سارة يوسف</span>', 'سارة يوسف'],
    ['<span id="writer">سارة يوسف</span>', ''],
    ['<span id="article-author">سارة يوسف</span>', 'سارة يوسف'],
    ['<p class="writer-name">سارة يوسف</p>', 'سارة يوسف'],
    ['<aside><span class="author">سارة يوسف</span></aside>', ''],
    ['<div class="related"><span class="author">سارة يوسف</span></div>', ''],
  ])('byline element %s gives «%s»', (html, byline) => {
    expect(findByline(page('', `<h1>عنوان</h1>${html}`), null)).toBe(byline);
  });

  it('skips a Readability byline that names a section page', () => {
    const doc = page('', '<nav><a href="/news/category/29/منوعات">منوعات</a></nav>');
    expect(findByline(doc, 'منوعات')).toBe('');
  });
});
