import type { Article } from '../../src/extract/types';

/** A valid Article, as the extraction returns one, with `changes` applied. */
export function makeArticle(changes: Partial<Article> = {}): Article {
  return {
    url: 'https://www.aljazeera.net/news/2024/5/1/تقرير',
    title: 'ارتفاع أسعار القمح في الأسواق العربية',
    byline: 'أحمد منصور',
    siteName: 'الجزيرة نت',
    publishedTime: '2024-05-01T08:30:00.000Z',
    lang: 'ar',
    dir: 'rtl',
    excerpt: 'سجلت أسعار القمح ارتفاعا جديدا.',
    leadImage: 'https://www.aljazeera.net/wp-content/uploads/wheat.jpg',
    html: '<p dir="rtl">سجلت أسعار القمح ارتفاعا جديدا هذا الأسبوع.</p>',
    text: 'سجلت أسعار القمح ارتفاعا جديدا هذا الأسبوع.',
    wordCount: 7,
    readingMinutes: 1,
    ...changes,
  };
}
