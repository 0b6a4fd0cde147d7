import { describe, expect, it } from 'vitest';
import { keepGalleryCaptions } from '../../../src/extract/boilerplate/keep-gallery-captions';
import { page, PARAGRAPH_1 } from './dom';

const SLIDE_1 = '<figure><img src="1.jpg"><figcaption>الزوار في الجناح الرئيسي</figcaption></figure>';
const SLIDE_2 = '<figure><img src="2.jpg"><figcaption>حفل توقيع الكتب</figcaption></figure>';

describe('keepGalleryCaptions', () => {
  it('sets a gallery’s slides among the paragraphs and drops its title, counter and buttons', () => {
    const doc =
      page(`<article><p>${PARAGRAPH_1}</p><div class="gallery"><div><span>ألبوم الصور</span><span>1 / 2</span></div>
      <div class="track">${SLIDE_1}${SLIDE_2}</div><button>السابق</button><a href="/photos">عرض جميع الصور</a></div></article>`);
    keepGalleryCaptions(doc);
    const article = doc.querySelector('article');
    expect(Array.from(article?.children ?? [], (child) => child.tagName)).toEqual(['P', 'FIGURE', 'FIGURE']);
  });

  it('leaves teaser cards that link elsewhere to the other rules', () => {
    const cards = `<div class="more"><figure><a href="/a"><img src="a.jpg"></a><figcaption>خبر آخر</figcaption></figure>
      <figure><a href="/b"><img src="b.jpg"></a><figcaption>خبر ثالث</figcaption></figure></div>`;
    const doc = page(`<article><p>${PARAGRAPH_1}</p>${cards}</article>`);
    keepGalleryCaptions(doc);
    expect(doc.querySelector('div.more')).not.toBeNull();
  });

  it('leaves a single picture where it is', () => {
    const doc = page(`<article><div class="photo">${SLIDE_1}</div><p>${PARAGRAPH_1}</p></article>`);
    keepGalleryCaptions(doc);
    expect(doc.querySelector('div.photo figure')).not.toBeNull();
  });
});
