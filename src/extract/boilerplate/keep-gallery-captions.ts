import { wordsExceed } from '../../text/text-prefix';
import { countWords } from '../reading-time';

/** A gallery's own words besides its captions: a title, a «1 / 4» counter, «السابق» / «التالي» buttons. */
const MAX_GALLERY_CHROME_WORDS = 12;

/** A figure with a picture and a caption and no link: a gallery's slide, not a teaser card for another story. */
function isCaptionedFigure(figure: Element): boolean {
  return Boolean(figure.querySelector('img') && figure.querySelector('figcaption') && !figure.querySelector('a[href]'));
}

/** Whether `box` has more than a gallery's few words besides the captions of `figures`. */
function hasMoreThanChrome(box: Element, figures: readonly Element[]): boolean {
  const captionWords = figures.reduce((sum, figure) => sum + countWords(figure.textContent ?? ''), 0);
  return wordsExceed(box, captionWords + MAX_GALLERY_CHROME_WORDS);
}

/** The widest box around `figure` that holds only captioned figures and a gallery's few words. */
function galleryAround(figure: Element, body: Element): { box: Element; figures: Element[] } | null {
  let gallery: { box: Element; figures: Element[] } | null = null;
  for (let box = figure.parentElement; box && box !== body; box = box.parentElement) {
    const figures = Array.from(box.querySelectorAll('figure'));
    if (!figures.every(isCaptionedFigure)) break;
    if (figures.length < 2) continue;
    if (hasMoreThanChrome(box, figures)) break;
    gallery = { box, figures };
  }
  return gallery;
}

/**
 * Replaces a photo gallery inside an article with its slides. Readability drops a box with more
 * pictures than paragraphs, and the gallery's captions with it; set among the paragraphs as plain
 * figures they stay, while the gallery's title, counter and buttons («ألبوم الصور», "photo album";
 * «عرض جميع الصور», "see all photos") go.
 */
export function keepGalleryCaptions(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  for (const figure of Array.from(body.getElementsByTagName('figure'))) {
    if (!figure.isConnected) continue;
    const gallery = galleryAround(figure, body);
    if (gallery) gallery.box.replaceWith(...gallery.figures);
  }
}
