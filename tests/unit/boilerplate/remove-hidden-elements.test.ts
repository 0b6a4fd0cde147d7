import { describe, expect, it } from 'vitest';
import { removeHiddenElements } from '../../../src/extract/boilerplate/remove-hidden-elements';
import { page, PARAGRAPH_1, textOf } from './dom';

describe('removeHiddenElements', () => {
  it('removes what a class hides at every size', () => {
    const doc = page(
      `<span class="d-none">عنوان مكرر</span><div class="views hidden">مشاهدات عالية</div><p>${PARAGRAPH_1}</p>`,
    );
    removeHiddenElements(doc);
    expect(textOf(doc.body)).toBe(PARAGRAPH_1);
  });

  it('keeps what a class shows again at some size', () => {
    const doc = page('<div class="d-none d-md-block">شارك</div><div class="hidden md:flex">القائمة</div>');
    removeHiddenElements(doc);
    expect(textOf(doc.body)).toBe('شارك القائمة');
  });

  it('keeps a long hidden part, the folded rest of an article', () => {
    const long = Array.from({ length: 6 }, () => PARAGRAPH_1).join(' ');
    const doc = page(`<div class="hidden"><p>${long}</p></div>`);
    removeHiddenElements(doc);
    expect(textOf(doc.body)).toBe(long);
  });

  it('keeps screen-reader text, which is not hidden from every reader', () => {
    const doc = page('<span class="visually-hidden">التعليق على الصورة،</span>');
    removeHiddenElements(doc);
    expect(textOf(doc.body)).toBe('التعليق على الصورة،');
  });
});
