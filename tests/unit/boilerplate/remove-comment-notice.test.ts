import { describe, expect, it } from 'vitest';
import { removeCommentNotices } from '../../../src/extract/boilerplate/remove-comment-notice';
import { page, PARAGRAPH_1, textOf } from './dom';

const NOTICE = '<div><p>يرحب الموقع بالنقاش المفيد، وننصحك بمراجعة إرشادات الاستخدام قبل نشر التعليقات.</p></div>';

describe('removeCommentNotices', () => {
  it('removes the notice right before an empty comment widget', () => {
    const doc = page(`<p>${PARAGRAPH_1}</p>${NOTICE}<div class="divider"> </div><div class="fb-comments"></div>`);
    removeCommentNotices(doc);
    expect(textOf(doc.body)).toBe(PARAGRAPH_1);
  });

  it('keeps a last paragraph that reports a refusal to comment', () => {
    const last = 'ورفضت الوزارة التعليق على التقرير حتى الآن.';
    const doc = page(`<p>${PARAGRAPH_1}</p><p>${last}</p><div id="comments"></div>`);
    removeCommentNotices(doc);
    expect(textOf(doc.body)).toBe(`${PARAGRAPH_1} ${last}`);
  });

  it('keeps a notice that is not next to a comment widget', () => {
    const doc = page(`${NOTICE}<p>${PARAGRAPH_1}</p><div class="fb-comments"></div>`);
    removeCommentNotices(doc);
    expect(textOf(doc.body)).toContain('يرحب الموقع بالنقاش المفيد');
  });
});
