/**
 * The fuzz tests' claim that an article's text comes from its page, made precise.
 *
 * The pipeline never writes text of its own but one thing, the label of the link that replaces a
 * video embed. Otherwise it keeps or drops the page's text nodes whole, so two nodes can end up side
 * by side: an inline element's edge (`<b>ال</b>خبر`), or an element removed from the middle of a word.
 * A word of the output is therefore made of pieces of the page's texts: one text, or the end of one,
 * then any number of whole texts, then the start of another. Each page text is taken as the HTML
 * parser reads it once serialized (CR and CRLF become LF, NUL goes: the sanitizer reparses), and
 * without bidi embeddings, overrides and isolates, which extractArticle deletes from the article
 * (src/text/strip-bidi-controls.ts).
 */

/** A word: a run of letters, combining marks (harakat) and digits, in any script. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** A carriage return, alone or before a line feed: the parser reads either as one line feed. */
const CARRIAGE_RETURN = /\r\n?/g;
/** Bidi embeddings, overrides and isolates: LRE RLE PDF LRO RLO, LRI RLI FSI PDI. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const SHOW_TEXT = 4;

/**
 * The labels `extractArticle` gives the link that replaces a video embed, per language, and for any
 * other language (src/extract/extract-article.ts, VIDEO_LABEL): the only text the pipeline adds.
 */
export const VIDEO_LINK_LABELS: readonly string[] = [
  'شاهد الفيديو',
  'تماشای ویدیو',
  'ویڈیو دیکھیں',
  'לצפייה בסרטון',
  'Watch the video',
];

/** Every text node of `doc` (head included), as the parser would read it back. */
export function pageTexts(doc: Document): string[] {
  const texts: string[] = [];
  const walker = doc.createTreeWalker(doc, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node as Text).data.replace(CARRIAGE_RETURN, '\n').replaceAll('\u0000', '').replace(BIDI_CONTROLS, '');
    if (text !== '') texts.push(text);
  }
  return texts;
}

/** Whether `word` can be assembled from `texts` as the module comment describes. */
export function wordFromTexts(word: string, texts: readonly string[]): boolean {
  if (texts.some((text) => text.includes(word))) return true;
  // reached[i]: word.slice(0, i) is the end of one text followed by whole texts.
  const reached = new Array<boolean>(word.length + 1).fill(false);
  for (let i = 1; i < word.length; i++) {
    if (texts.some((text) => text.endsWith(word.slice(0, i)))) reached[i] = true;
  }
  for (let i = 1; i < word.length; i++) {
    if (!reached[i]) continue;
    const rest = word.slice(i);
    if (texts.some((text) => text.startsWith(rest))) return true;
    for (const text of texts) {
      if (rest.startsWith(text) && text.length < rest.length) reached[i + text.length] = true;
    }
  }
  return false;
}

/** The words of `articleText` that do not come from the page, the video link labels aside. */
export function wordsNotFromPage(articleText: string, texts: readonly string[]): string[] {
  let text = articleText;
  for (const label of VIDEO_LINK_LABELS) text = text.replaceAll(label, '\n');
  const words = new Set(text.match(WORD) ?? []);
  return Array.from(words).filter((word) => !wordFromTexts(word, texts));
}
