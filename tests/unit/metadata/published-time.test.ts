// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findPublishedTime } from '../../../src/extract/metadata/published-time';
import { toPublishedIso } from '../../../src/extract/metadata/published-iso';
import { jsonLd, page } from './page';

const NOW = new Date('2026-11-29T12:00:00Z');

describe('toPublishedIso', () => {
  it.each([
    ['2021-06-23T10:58:51.563823Z', '2021-06-23T10:58:51Z'],
    ['2020-05-22T18:08:48z', '2020-05-22T18:08:48Z'],
    ['2020-06-03T03:01+0400', '2020-06-03T03:01:00+04:00'],
    ['2020-02-18 T 07:20:50 +0330', '2020-02-18T07:20:50+03:30'],
    ['2020-12-01T02:00:00+03:00', '2020-12-01T02:00:00+03:00'],
    // A time without a zone could be any zone: the day alone is what is known.
    ['2020-12-01 02:00:00', '2020-12-01'],
    ['2024-03-03', '2024-03-03'],
    ['الأربعاء، 07 أكتوبر 2020 - 12:09 م', '2020-10-07'],
    ['۲۹ بهمن ۱۳۹۸', '2020-02-18'],
  ])('%s → %s', (value, expected) => {
    expect(toPublishedIso(value, NOW)).toBe(expected);
  });

  it.each(['9 رمضان 1445 هـ', '1970-01-01T00:00:00Z', '2026-02-30', '2027-01-01T00:00:00Z', '15:08 , 22.05.20', 'x'])(
    '%s → null',
    (value) => {
      expect(toPublishedIso(value, NOW)).toBeNull();
    },
  );
});

describe('findPublishedTime', () => {
  it('reads JSON-LD datePublished in @graph before meta tags', () => {
    const doc = page(
      '<meta property="article:published_time" content="2026-01-01T00:00:00Z">' +
        jsonLd({
          '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', datePublished: '2026-01-28T09:41:12+00:00' }],
        }),
    );
    expect(findPublishedTime(doc, null, NOW)).toBe('2026-01-28T09:41:12+00:00');
  });

  it('uses dateCreated when there is no datePublished', () => {
    const doc = page(jsonLd([{ '@type': ['BlogPosting'], dateCreated: '2025-05-01' }]));
    expect(findPublishedTime(doc, null, NOW)).toBe('2025-05-01');
  });

  it('skips an unusable value and tries the next source', () => {
    const doc = page(
      jsonLd({ '@type': 'NewsArticle', datePublished: 'قريبا' }) +
        '<meta property="article:published_time" content="الأربعاء، 07 أكتوبر 2020 - 12:09 م">',
    );
    expect(findPublishedTime(doc, null, NOW)).toBe('2020-10-07');
  });

  it.each(['pubdate', 'publish-date', 'DC.date.issued', 'sailthru.date', 'parsely-pub-date'])(
    'reads meta %s',
    (name) => {
      const doc = page(`<meta name="${name}" content="2025-03-04T05:06:07Z">`);
      expect(findPublishedTime(doc, null, NOW)).toBe('2025-03-04T05:06:07Z');
    },
  );

  it('reads itemprop=datePublished on a meta tag', () => {
    const doc = page('<meta itemprop="datePublished" content="2025-03-04">');
    expect(findPublishedTime(doc, undefined, NOW)).toBe('2025-03-04');
  });

  it('uses the hint after the metadata', () => {
    expect(findPublishedTime(page(''), '2025-03-04T05:06:07Z', NOW)).toBe('2025-03-04T05:06:07Z');
  });

  it('prefers a <time> marked as published, in the article, to one in a side list', () => {
    const doc = page(
      '',
      '<aside><time datetime="2025-01-01">1 يناير</time></aside>' +
        '<article><time class="updated" datetime="2025-02-02">2</time>' +
        '<time class="entry-date published" datetime="2025-03-03T10:00:00+03:00">3</time></article>',
    );
    expect(findPublishedTime(doc, null, NOW)).toBe('2025-03-03T10:00:00+03:00');
  });

  it('reads a date written under the headline', () => {
    const doc = page(
      '',
      '<div>آخر الأخبار 1 يناير 2020</div><h1>عنوان الخبر</h1><div class="meta"><span>الأربعاء، ٢٨ يناير ٢٠٢٦ - ١٠:٣٠ ص</span></div><p>نص</p>',
    );
    expect(findPublishedTime(doc, null, NOW)).toBe('2026-01-28');
  });

  it('reads the date under the headline, not under a logo h1 or in a picture caption', () => {
    const doc = page(
      '<title>عنوان الخبر المهم | الموقع</title>',
      '<h1 class="logo">الموقع</h1><h1>عنوان الخبر المهم</h1>' +
        '<figure><img src="a.jpg"><figcaption>متظاهرون في غلاسكو - 2 مارس/آذار 2024</figcaption></figure>' +
        '<div class="date">3 مارس/ آذار 2024</div><footer><h1>© الحقوق محفوظة 1944 - 2018</h1></footer>',
    );
    expect(findPublishedTime(doc, null, NOW)).toBe('2024-03-03');
  });

  it('never returns a Hijri date as Gregorian', () => {
    const hijriOnly = page('', '<h1>عنوان الخبر</h1><span>9 رمضان 1447 هـ</span>');
    expect(findPublishedTime(hijriOnly, null, NOW)).toBeNull();
    const both = page('', '<h1>عنوان الخبر</h1><span>9 رمضان 1447 هـ</span><span>26 فبراير 2026</span>');
    expect(findPublishedTime(both, null, NOW)).toBe('2026-02-26');
  });

  it('rejects dates in the future', () => {
    const doc = page('<meta property="article:published_time" content="2030-01-01T00:00:00Z">');
    expect(findPublishedTime(doc, null, NOW)).toBeNull();
  });

  it('returns null for a page without a date', () => {
    expect(findPublishedTime(page('<title>x</title>', '<h1>عنوان</h1><p>نص بلا تاريخ</p>'), null, NOW)).toBeNull();
  });
});
