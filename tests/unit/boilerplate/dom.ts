/** Helpers for the boilerplate tests: pages and paragraphs written for them. */
import { textBlocks } from '../../../src/extract/text-blocks';

/** A `<body>` parsed from `html`. */
export function body(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body;
}

/** A document parsed from `html` (for the rules that run on the whole page). */
export function page(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
}

/** The text of `root` as a reader gets it, its blocks joined by a space. */
export function textOf(root: Node): string {
  return textBlocks(root).join(' ');
}

/** A paragraph of news prose, about 30 words, ending a sentence. */
export const PARAGRAPH_1 =
  'قالت وزارة الزراعة إن محصول القمح هذا العام تجاوز التوقعات بفضل الأمطار الغزيرة التي شهدتها البلاد في فصل الشتاء، مشيرة إلى أن الإنتاج قد يكفي حاجة السوق المحلية لأول مرة منذ عشر سنوات.';
export const PARAGRAPH_2 =
  'وأضاف المتحدث باسم الوزارة أن الحكومة ستشتري المحصول من الفلاحين بسعر يفوق سعر السوق العالمية، وأن مخازن الحبوب الجديدة في الجنوب ستدخل الخدمة قبل نهاية الصيف لاستيعاب الكميات الإضافية.';
export const PARAGRAPH_3 =
  'ويرى خبراء أن هذا التحسن يبقى مرهونا بتقلبات المناخ، داعين إلى الاستثمار في الري بالتنقيط وتحلية المياه حتى لا تعود البلاد إلى الاستيراد في أول موسم جاف.';
