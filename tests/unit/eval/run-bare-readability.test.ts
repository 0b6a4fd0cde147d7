// @vitest-environment jsdom
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { runBareReadability } from '../../../src/eval/run-bare-readability';

const PARAGRAPH =
  'قالت وزارة الزراعة إن محصول القمح هذا العام تجاوز التوقعات بفضل الأمطار الغزيرة التي شهدتها البلاد في فصل الشتاء، مشيرة إلى أن الإنتاج قد يكفي حاجة السوق المحلية لأول مرة منذ عشر سنوات.';

describe('runBareReadability', () => {
  it("splits Readability's article into blocks, one a line", () => {
    const html = `<!doctype html><html lang="ar" dir="rtl"><head><title>القمح</title></head><body><article>
      <p>${PARAGRAPH}</p><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></article></body></html>`;
    const outcome = runBareReadability(new JSDOM(html, { url: 'https://news.example/a' }).window.document);
    expect(outcome).toMatchObject({ text: [PARAGRAPH, PARAGRAPH, PARAGRAPH].join('\n'), lang: 'ar', dir: 'rtl' });
  });

  it('reports a page where Readability finds nothing', () => {
    const html = '<!doctype html><html><body><div></div></body></html>';
    expect(runBareReadability(new JSDOM(html).window.document)).toEqual({ error: 'not-an-article' });
  });
});
