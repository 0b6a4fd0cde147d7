import { describe, expect, it } from 'vitest';
import { blockTextStart, isBlockElement, textBlocks } from '../../../src/extract/text-blocks';

function body(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body;
}

describe('textBlocks', () => {
  it('gives each paragraph, heading and list item a line of its own', () => {
    expect(textBlocks(body('<h2>العنوان</h2><p>الفقرة الأولى</p><ul><li>بند أول</li><li>بند ثان</li></ul>'))).toEqual([
      'العنوان',
      'الفقرة الأولى',
      'بند أول',
      'بند ثان',
    ]);
  });

  it('ends a line at <br>', () => {
    expect(textBlocks(body('<p>السطر الأول<br>السطر الثاني</p>'))).toEqual(['السطر الأول', 'السطر الثاني']);
  });

  it('keeps nested inline elements in the line they sit in', () => {
    expect(textBlocks(body('<p>قال <b>الوزير <a href="#">إن <i>الحكومة</i></a></b> ستجتمع</p>'))).toEqual([
      'قال الوزير إن الحكومة ستجتمع',
    ]);
  });

  it('collapses white space and drops empty lines', () => {
    expect(textBlocks(body('<p>  نص \n\t  مبعثر\u00A0هنا </p><p> </p><div><br></div>'))).toEqual(['نص مبعثر هنا']);
  });

  it('keeps loose text between blocks as lines of its own', () => {
    expect(textBlocks(body('قبل<p>داخل</p>بعد'))).toEqual(['قبل', 'داخل', 'بعد']);
  });

  it("gives a figure's caption a line of its own", () => {
    expect(
      textBlocks(body('<p>قبل الصورة<figure><img src="a.jpg"><figcaption>صورة من الموقع</figcaption></figure>')),
    ).toEqual(['قبل الصورة', 'صورة من الموقع']);
  });
});

describe('isBlockElement', () => {
  it('is true for a paragraph, false for inline elements and text', () => {
    const root = body('<p>فقرة</p><span>نص</span>');
    const [paragraph, span] = Array.from(root.children);
    expect(paragraph && isBlockElement(paragraph)).toBe(true);
    expect(span && isBlockElement(span)).toBe(false);
    expect(isBlockElement(root.ownerDocument.createTextNode('نص'))).toBe(false);
  });
});

describe('blockTextStart', () => {
  it('gives the whole text of a short element', () => {
    expect(blockTextStart(body('<h3>اقرأ أيضا</h3><ul><li>خبر</li></ul>'), 200)).toEqual({
      text: 'اقرأ أيضا خبر',
      whole: true,
    });
  });

  it('gives a start of a long text, ending where the text has a space', () => {
    const root = body(`<p>${'كلمة طويلة '.repeat(100)}</p><p>الفقرة الثانية</p>`);
    const full = textBlocks(root).join(' ');
    const start = blockTextStart(root, 50);
    expect(start.whole).toBe(false);
    expect(start.text.length).toBeGreaterThanOrEqual(40);
    expect(full.startsWith(start.text)).toBe(true);
    expect(full[start.text.length]).toBe(' ');
  });

  it('reads a long text only in part, past its leading white space', () => {
    const paragraph = `${' \n'.repeat(80)}${'كلمة طويلة '.repeat(100)}`;
    const root = body(`<div><p>${paragraph}</p><p>الفقرة الثانية</p></div>`);
    const full = textBlocks(root).join(' ');
    const start = blockTextStart(root, 50);
    expect(start.whole).toBe(false);
    expect(start.text.length).toBeGreaterThanOrEqual(40);
    expect(start.text.length).toBeLessThanOrEqual(50);
    expect(full.startsWith(start.text)).toBe(true);
    expect(full[start.text.length]).toBe(' ');
  });
});
