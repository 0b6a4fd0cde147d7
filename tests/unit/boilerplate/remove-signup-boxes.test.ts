import { describe, expect, it } from 'vitest';
import { removeSignupBoxes } from '../../../src/extract/boilerplate/remove-signup-boxes';
import { page, PARAGRAPH_1, PARAGRAPH_2, textOf } from './dom';

describe('removeSignupBoxes', () => {
  it('removes a newsletter box: title, pitch, field and small print', () => {
    const box = `<div class="newsletter-signup"><h3>النشرة الإخبارية</h3><p>اشترك لتصلك آخر التحليلات كل أسبوع.</p>
      <form><input type="email" placeholder="البريد الإلكتروني"><button>اشترك</button></form>
      <p>بالتسجيل، أنت توافق على سياسة الخصوصية</p></div>`;
    const doc = page(`<article><p>${PARAGRAPH_1}</p><p>${PARAGRAPH_2}</p>${box}</article>`);
    removeSignupBoxes(doc);
    expect(textOf(doc.body)).toBe(`${PARAGRAPH_1} ${PARAGRAPH_2}`);
  });

  it('removes only the form when no box around it is named for sign-up', () => {
    const flash =
      'أعلنت السلطات إغلاق الطريق الساحلي مؤقتا بسبب الأمطار الغزيرة، وطلبت من السائقين سلوك الطرق البديلة.';
    const doc = page(`<div><p>${flash}</p><form><input name="email"><button>اشترك</button></form></div>`);
    removeSignupBoxes(doc);
    expect(textOf(doc.body)).toBe(flash);
  });
});
