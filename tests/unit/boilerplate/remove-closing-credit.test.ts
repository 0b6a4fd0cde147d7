import { describe, expect, it } from 'vitest';
import { removeClosingCredit } from '../../../src/extract/boilerplate/remove-closing-credit';
import { body, PARAGRAPH_1, textOf } from './dom';

function cleaned(html: string): string {
  const root = body(html);
  removeClosingCredit(root);
  return textOf(root);
}

describe('removeClosingCredit', () => {
  it('removes an agency or reporter credit that ends the article', () => {
    expect(cleaned(`<p>${PARAGRAPH_1}</p><p>(وكالات)</p><p> </p>`)).toBe(PARAGRAPH_1);
    expect(cleaned(`<div><p>${PARAGRAPH_1}</p><p>(אלישע בן קימון)</p></div>`)).toBe(PARAGRAPH_1);
  });

  it('keeps a parenthesised line that does not end the article', () => {
    expect(cleaned(`<p>(وكالات)</p><p>${PARAGRAPH_1}</p>`)).toBe(`(وكالات) ${PARAGRAPH_1}`);
  });

  it('keeps a closing parenthesis with numbers or many words', () => {
    expect(cleaned(`<p>${PARAGRAPH_1}</p><p>(2024)</p>`)).toBe(`${PARAGRAPH_1} (2024)`);
    const aside = '(تم تحديث هذا الخبر بعد صدور بيان الوزارة)';
    expect(cleaned(`<p>${PARAGRAPH_1}</p><p>${aside}</p>`)).toBe(`${PARAGRAPH_1} ${aside}`);
  });
});
