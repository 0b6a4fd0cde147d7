import { describe, expect, it } from 'vitest';
import { markBlockDirection } from '../../../src/extract/mark-block-direction';

function article(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<!doctype html><body><article>${html}</article></body>`, 'text/html').body
    .firstElementChild as HTMLElement;
}

/** Each block's own `dir` attribute, by its text. */
function dirs(root: Element): Record<string, string | null> {
  return Object.fromEntries(
    Array.from(root.querySelectorAll('p, h2, li, blockquote'), (block) => [
      block.textContent?.trim() ?? '',
      block.getAttribute('dir'),
    ]),
  );
}

describe('markBlockDirection', () => {
  it('marks an English quotation in an Arabic article left to right', () => {
    const root = article('<p>قال المتحدث باسم الوزارة:</p><p>“We will not accept this proposal.”</p>');
    markBlockDirection(root, 'rtl');
    expect(dirs(root)).toEqual({
      'قال المتحدث باسم الوزارة:': null,
      '“We will not accept this proposal.”': 'ltr',
    });
  });

  it('leaves an Arabic paragraph that opens with a Latin name to the article’s rtl', () => {
    const root = article('<p>Elon Musk قال إن شركته ستطلق صاروخا جديدا الأسبوع المقبل</p>');
    markBlockDirection(root, 'rtl');
    expect(root.querySelector('p')?.getAttribute('dir')).toBeNull();
  });

  it('marks an Arabic paragraph in an English article right to left', () => {
    const root = article('<p>The minister said:</p><p>لن نقبل بهذا الاقتراح</p>');
    markBlockDirection(root, 'ltr');
    expect(dirs(root)).toEqual({ 'The minister said:': null, 'لن نقبل بهذا الاقتراح': 'rtl' });
  });

  it('replaces a wrong dir the page gave a block', () => {
    const root = article('<p dir="ltr">خبر عاجل من القاهرة</p><h2 dir="rtl">Breaking news</h2>');
    markBlockDirection(root, 'rtl');
    expect(dirs(root)).toEqual({ 'خبر عاجل من القاهرة': null, 'Breaking news': 'ltr' });
  });

  it('does not repeat the direction of an enclosing block', () => {
    const root = article('<blockquote><p>First line of the quote.</p><p>Second line of the quote.</p></blockquote>');
    markBlockDirection(root, 'rtl');
    expect(dirs(root)).toEqual({
      'First line of the quote.Second line of the quote.': 'ltr',
      'First line of the quote.': null,
      'Second line of the quote.': null,
    });
  });

  it('leaves blocks of digits and punctuation alone', () => {
    const root = article('<li>2024/05/01</li><p>—</p>');
    markBlockDirection(root, 'rtl');
    expect(Array.from(root.querySelectorAll('[dir]'))).toEqual([]);
  });
});
