import { describe, expect, it } from 'vitest';
import { pruneTrailingChrome } from '../../../src/extract/boilerplate/prune-trailing-chrome';
import { body, PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_3, textOf } from './dom';

const ARTICLE = `<p>${PARAGRAPH_1}</p><p>${PARAGRAPH_2}</p><p>${PARAGRAPH_3}</p>`;
const ARTICLE_TEXT = `${PARAGRAPH_1} ${PARAGRAPH_2} ${PARAGRAPH_3}`;

describe('pruneTrailingChrome', () => {
  it('removes what follows the article in a column Readability took too much of', () => {
    const root = body(`
      <div>
        <div><div class="body">${ARTICLE}</div>
          <div><h3>منوعات</h3><h3>ترامب</h3></div>
          <div><p>التالي</p><p><img src="a.jpg"><span>عنوان خبر آخر في الموقع</span></p>
               <p><img src="b.jpg"><span>عنوان خبر ثالث</span></p></div>
        </div>
        <div><p>إشترك لمشاهدة الفيديوهات</p></div>
        <div><div><img src="c.jpg"><p>12:58</p></div><div><img src="d.jpg"><p>12:55</p></div></div>
      </div>`);
    pruneTrailingChrome(root);
    expect(textOf(root)).toBe(ARTICLE_TEXT);
  });

  it('keeps a picture with its caption after the article', () => {
    const root = body(
      `<div><div>${ARTICLE}</div><figure><img src="a.jpg"><figcaption>الحقول في الجنوب</figcaption></figure></div>`,
    );
    pruneTrailingChrome(root);
    expect(textOf(root)).toBe(`${ARTICLE_TEXT} الحقول في الجنوب`);
  });

  it('keeps a short closing line inside the article', () => {
    const root = body(`<div><div>${ARTICLE}<p>(وكالات)</p></div><div><a href="/t">وسوم</a></div></div>`);
    pruneTrailingChrome(root);
    expect(textOf(root)).toBe(`${ARTICLE_TEXT} (وكالات)`);
  });

  it('leaves what comes before the article to the other rules', () => {
    const root = body(`<div><div><p>الرباط - خاص</p></div><div>${ARTICLE}</div></div>`);
    pruneTrailingChrome(root);
    expect(textOf(root)).toBe(`الرباط - خاص ${ARTICLE_TEXT}`);
  });

  it('removes a list of related links and its heading after the last paragraph', () => {
    const root = body(
      `${ARTICLE}<h2>قصص أخرى</h2><ul><li><a href="/1">عنوان أول</a></li><li><a href="/2">عنوان ثان</a></li></ul>`,
    );
    pruneTrailingChrome(root);
    expect(textOf(root)).toBe(ARTICLE_TEXT);
  });

  it('changes nothing when the prose is spread over several branches', () => {
    const html = `<div><p>${PARAGRAPH_1}</p></div><div><p>${PARAGRAPH_2}</p></div><div><p>الرباط</p></div>`;
    const root = body(html);
    pruneTrailingChrome(root);
    expect(textOf(root)).toBe(`${PARAGRAPH_1} ${PARAGRAPH_2} الرباط`);
  });
});
