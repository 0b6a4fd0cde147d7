import { describe, expect, it } from 'vitest';
import { removeLabelBlocks } from '../../../src/extract/boilerplate/remove-label-blocks';
import { body, PARAGRAPH_1, PARAGRAPH_2, textOf } from './dom';

/** The article's text after the rule ran on `html` set between two real paragraphs. */
function cleaned(html: string): string {
  const root = body(`<p>${PARAGRAPH_1}</p>${html}<p>${PARAGRAPH_2}</p>`);
  removeLabelBlocks(root);
  const text = textOf(root);
  expect(text).toContain(PARAGRAPH_1);
  expect(text).toContain(PARAGRAPH_2);
  return text.replace(PARAGRAPH_1, '').replace(PARAGRAPH_2, '').trim();
}

describe('removeLabelBlocks: related stories', () => {
  it('removes the «اقرأ أيضا» line with its link', () => {
    expect(cleaned('<p><strong>اقرأ أيضاً:</strong> <a href="/a/1">الحكومة تعلن خطة لدعم الفلاحين</a></p>')).toBe('');
  });

  it('removes a «مقالات ذات صلة» box of links', () => {
    const box =
      '<div><h3>مقالات ذات صلة</h3><ul><li><a href="/1">عنوان أول</a></li><li><a href="/2">عنوان ثان</a></li></ul></div>';
    expect(cleaned(box)).toBe('');
  });

  it('takes the list of links along when the label heading stands alone', () => {
    const list = '<h4>الأكثر قراءة</h4><ol><li><a href="/1">خبر أول</a></li><li><a href="/2">خبر ثان</a></li></ol>';
    expect(cleaned(list)).toBe('');
  });

  it('keeps a real paragraph that shares a box with a «اقرأ أيضا» line', () => {
    const box = `<div><p>اقرأ أيضا: <a href="/a">عنوان آخر</a></p><p>وتبدأ الحملة الأسبوع المقبل في المدن الكبرى.</p></div>`;
    expect(cleaned(box)).toBe('وتبدأ الحملة الأسبوع المقبل في المدن الكبرى.');
  });
});

describe('removeLabelBlocks: tag lists', () => {
  it('removes «الوسوم» and «برچسب‌ها» followed by links', () => {
    expect(cleaned('<p>الوسوم: <a href="/t/1">الزراعة</a> <a href="/t/2">القمح</a></p>')).toBe('');
    expect(cleaned('<div><h4>برچسب‌ها</h4><ul><li><a href="/t/3">کشاورزی</a></li></ul></div>')).toBe('');
  });

  it('keeps a sentence that starts with «الكلمات الدالة» without links', () => {
    const sentence = 'الكلمات الدالة على الحزن كثيرة في شعره.';
    expect(cleaned(`<p>${sentence}</p>`)).toBe(sentence);
  });
});

describe('removeLabelBlocks: advertisement labels', () => {
  it('removes a line that is only «- Advertisment -»', () => {
    expect(cleaned('<div><span>- Advertisment -</span><a href="#"><img src="ad.jpg"></a></div>')).toBe('');
  });

  it('removes «إعلان» standing on its own line', () => {
    expect(cleaned('<div><span>إعلان</span><div id="slot"></div></div>')).toBe('');
  });

  it('keeps a sentence that merely mentions «إعلان»', () => {
    const sentence = 'إعلان الحكومة عن الميزانية جاء متأخرا هذا العام.';
    expect(cleaned(`<p>${sentence}</p>`)).toBe(sentence);
  });

  it('keeps «إعلان» inside a sentence even in its own element', () => {
    expect(cleaned('<p>نشرت الشركة <b>إعلان</b> التوظيف أمس.</p>')).toBe('نشرت الشركة إعلان التوظيف أمس.');
  });
});

describe('removeLabelBlocks: share, follow, app and newsletter boxes', () => {
  it('removes a «شارك» bar of icon links', () => {
    expect(
      cleaned('<div>شارك <a href="https://facebook.com/sharer"></a><a href="https://x.com/intent"></a></div>'),
    ).toBe('');
  });

  it('removes a «تابعونا على» line of links', () => {
    expect(cleaned('<p>تابعونا على <a href="#">فيسبوك</a> و<a href="#">تلغرام</a></p>')).toBe('');
  });

  it('keeps a sentence that starts with «شارك» (took part)', () => {
    const sentence = 'شارك آلاف الطلاب في المسيرة.';
    expect(cleaned(`<p>${sentence}</p>`)).toBe(sentence);
  });

  it('removes a «حمل تطبيق» box', () => {
    const box =
      '<div><p>حمّل تطبيق الجريدة على هاتفك</p><p>لتصلك الأخبار العاجلة أولا بأول</p><a href="#"><img src="play.png"></a></div>';
    expect(cleaned(box)).toBe('');
  });

  it('keeps a sentence spelt like the app label: «حُمّل التطبيق» (the app was downloaded)', () => {
    const sentence = 'حمل التطبيق الجديد أكثر من مليون مستخدم في أسبوعه الأول.';
    expect(cleaned(`<p>${sentence}</p>`)).toBe(sentence);
  });

  it('removes a newsletter box', () => {
    expect(cleaned('<div><h3>اشترك في النشرة البريدية</h3><p>أهم الأخبار في بريدك كل صباح.</p></div>')).toBe('');
  });
});

describe('removeLabelBlocks: comments, previous and next, errors, bylines', () => {
  it('removes the heading of a comment form and the comments heading', () => {
    expect(cleaned('<h3>اترك رد</h3><h3>التعليقات (3)</h3>')).toBe('');
  });

  it('keeps a subheading that starts with «التعليقات»', () => {
    expect(cleaned('<h2>التعليقات الدولية على القرار</h2>')).toBe('التعليقات الدولية على القرار');
  });

  it('removes «المقال السابق» and «المقال التالي» with their headlines', () => {
    const nav =
      '<div><p>المقال السابق</p><p><a href="/1">عنوان سابق</a></p></div><p>المقال التالي <a href="/2">عنوان لاحق</a></p>';
    expect(cleaned(nav)).toBe('');
  });

  it('removes «التالي» before a link, and keeps it opening a sentence', () => {
    expect(cleaned('<p>التالي: <a href="/3">عنوان الخبر التالي</a></p>')).toBe('');
    const sentence = 'التالي هو ما قاله الوزير للصحفيين.';
    expect(cleaned(`<p>${sentence}</p>`)).toBe(sentence);
  });

  it('removes report-an-error links in Arabic, Hebrew and Persian', () => {
    expect(cleaned('<div><a href="/report">أبلغ عن خطأ</a></div>')).toBe('');
    expect(cleaned('<div><a href="//redmail.example/?mistake=1">מצאתם טעות בכתבה? כתבו לנו</a></div>')).toBe('');
    expect(cleaned('<div><span>گزارش خطا</span></div>')).toBe('');
  });

  it('removes byline lines left in the text', () => {
    expect(cleaned('<ul><li>Author, سارة الحسيني</li><li>Role, مراسلة الشؤون العلمية</li></ul>')).toBe('');
    expect(cleaned('<p>بقلم: أحمد المنصوري</p>')).toBe('');
  });

  it('keeps an English heading that starts with «Role»', () => {
    expect(cleaned('<h2>Role of the region</h2>')).toBe('Role of the region');
  });

  it('removes a skip link', () => {
    expect(cleaned('<p><a href="#end">تخطى قصص مقترحة وواصل القراءة</a></p>')).toBe('');
  });
});
