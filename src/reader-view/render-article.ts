import type { Article } from '../extract/types';
import type { Translator } from '../i18n/translate';
import { el } from '../ui/el';
import { insertArticleHtml } from './insert-article-html';

/** What the article's header shows under the headline: site · author · date. */
function metaLine(article: Article, i18n: Translator): HTMLElement {
  const parts: HTMLElement[] = [];
  if (article.siteName) parts.push(el('bdi', { class: 'hibr-site' }, article.siteName));
  if (article.byline) parts.push(el('bdi', { class: 'hibr-byline' }, article.byline));
  if (article.publishedTime) {
    parts.push(
      el(
        'time',
        { class: 'hibr-date', datetime: article.publishedTime, lang: i18n.lang, dir: 'auto' },
        i18n.formatDate(article.publishedTime),
      ),
    );
  }
  const line = el('p', { class: 'hibr-meta' });
  parts.forEach((part, index) => {
    if (index > 0) line.append(el('span', { class: 'hibr-sep', 'aria-hidden': 'true' }, '·'));
    line.append(part);
  });
  return line;
}

/**
 * The reader view of an article, shared by the popup and the reader tab: headline, meta line,
 * reading time and body, in the article's own language and direction (the interface around it may
 * be in another).
 */
export function renderArticle(article: Article, i18n: Translator): HTMLElement {
  const body = el('div', { class: 'hibr-body' });
  insertArticleHtml(body, article.html, article.url);
  return el(
    'article',
    { class: 'hibr-article', lang: article.lang, dir: article.dir },
    el(
      'header',
      { class: 'hibr-header' },
      el('h1', { class: 'hibr-title' }, article.title),
      metaLine(article, i18n),
      el('p', { class: 'hibr-reading-time', lang: i18n.lang, dir: 'auto' }, i18n.readingTime(article.readingMinutes)),
    ),
    body,
  );
}
