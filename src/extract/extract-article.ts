import { articleBaseUrl, pinBaseUrl } from '../sanitize/article-base-url';
import { serializeNode } from '../sanitize/reparse-stable';
import { resolveSafeUrl } from '../sanitize/resolve-url';
import { detectLanguage } from '../text/detect-language';
import { stripBidiControlsIn } from '../text/strip-bidi-controls';
import { cleanArticleContent, cleanPageBeforeReadability } from './boilerplate/clean-article';
import { clonePage } from './clone-page';
import { embedsToLinks } from './embeds-to-links';
import { fallbackTitle } from './fallback-title';
import { hasArticleFrame } from './frame-hint';
import { looksLikeArticle } from './looks-like-article';
import { markBlockDirection } from './mark-block-direction';
import { canonicalHref } from './metadata/canonical-link';
import { readMetadata } from './read-metadata';
import { removeEventHandlers, removeUnshownContent } from './remove-unshown-content';
import { countWords, readingMinutes } from './reading-time';
import { runReadability } from './run-readability';
import { textBlocks } from './text-blocks';
import type { ExtractOptions, ExtractResult, NotAnArticle } from './types';

/** Past this many elements a page is refused as too large rather than left to stall the tab. */
export const DEFAULT_MAX_ELEMENTS = 60_000;

const VIDEO_LABEL: Record<string, string> = {
  ar: 'شاهد الفيديو',
  fa: 'تماشای ویدیو',
  ur: 'ویڈیو دیکھیں',
  he: 'לצפייה בסרטון',
};

/** No article here; `hasFrames` when the page embeds a frame the article may be in (Hibr reads the top frame). */
function notAnArticle(document: Document, url: string): NotAnArticle {
  return hasArticleFrame(document, url) ? { error: 'not-an-article', hasFrames: true } : { error: 'not-an-article' };
}

function canonicalUrl(doc: Document, url: string): string {
  const canonical = canonicalHref(doc);
  const resolved = canonical ? resolveSafeUrl(canonical, url) : null;
  const chosen = new URL(resolved ?? url);
  chosen.hash = '';
  return chosen.href;
}

/**
 * The article element as HTML; as HTML, not XML, for a page served as XHTML too. Serialized, not
 * inserted anywhere: the pages that show or store it sanitize it first.
 */
function articleHtml(content: Element): string {
  // eslint-disable-next-line no-restricted-properties
  return content.ownerDocument.contentType === 'text/html' ? content.outerHTML : serializeNode(content);
}

/**
 * The article of a page, or why there is none. Pure: it reads `document` (never changing it) and
 * uses only DOM APIs, so the content script, the tests and the command line run the same code.
 */
export function extractArticle(document: Document, url: string, options: ExtractOptions = {}): ExtractResult {
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  if (document.getElementsByTagName('*').length > maxElements) return { error: 'too-large' };
  if (!document.documentElement) return { error: 'not-an-article' };
  const baseUrl = articleBaseUrl(url, document.baseURI);

  const clone = clonePage(document);
  pinBaseUrl(clone, baseUrl);
  cleanPageBeforeReadability(clone, url);
  const found = runReadability(clone);
  if (!found) return notAnArticle(document, url);
  cleanArticleContent(found.content);

  const metadata = readMetadata(document, url, found);
  const pageHint = found.lang || document.documentElement.getAttribute('lang');
  const guess = detectLanguage(found.content.textContent ?? '', pageHint);
  embedsToLinks(found.content, VIDEO_LABEL[guess.lang] ?? 'Watch the video');
  removeUnshownContent(found.content);
  removeEventHandlers(found.content);
  // Before the pages sanitize it, so that what they get back is a fixed point of the sanitizer.
  stripBidiControlsIn(found.content);
  const blocks = textBlocks(found.content);
  if (!looksLikeArticle(blocks)) return notAnArticle(document, url);
  const text = blocks.join('\n');
  const wordCount = countWords(text);
  markBlockDirection(found.content, guess.dir);

  return {
    url: canonicalUrl(document, url),
    title: metadata.title || fallbackTitle(blocks),
    byline: metadata.byline,
    siteName: metadata.siteName,
    publishedTime: metadata.publishedTime,
    lang: guess.lang,
    dir: guess.dir,
    excerpt: found.excerpt.trim(),
    leadImage: resolveSafeUrl(metadata.leadImage, baseUrl) ?? '',
    html: articleHtml(found.content),
    text,
    wordCount,
    readingMinutes: readingMinutes(wordCount, guess.lang),
  };
}
