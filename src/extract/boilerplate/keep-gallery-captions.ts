import { countWords } from '../reading-time';

/** A gallery's own words besides its captions: a title, a «1 / 4» counter, «السابق» / «التالي» buttons. */
const MAX_GALLERY_CHROME_WORDS = 12;

/** Figures with a picture and a caption and no link: a gallery's slides, not teaser cards for other stories. */
function captionedFigures(box: Element): Element[] {
  return Array.from(box.querySelectorAll('figure')).filter(
    (figure) => figure.querySelector('img') && figure.querySelector('figcaption') && !figure.querySelector('a[href]'),
  );
}

function chromeWords(box: Element, figures: readonly Element[]): number {
  const captionWords = figures.reduce((sum, figure) => sum + countWords(figure.textContent ?? ''), 0);
  return countWords(box.textContent ?? '') - captionWords;
}

/** The widest box around `figure` that holds only captioned figures and a gallery's few words. */
function galleryAround(figure: Element, body: Element): { box: Element; figures: Element[] } | null {
  let gallery: { box: Element; figures: Element[] } | null = null;
  for (let box = figure.parentElement; box && box !== body; box = box.parentElement) {
    const figures = captionedFigures(box);
    if (figures.length !== box.querySelectorAll('figure').length) break;
    if (figures.length < 2) continue;
    if (chromeWords(box, figures) > MAX_GALLERY_CHROME_WORDS) break;
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
  for (const figure of Array.from(body.querySelectorAll('figure'))) {
    if (!figure.isConnected) continue;
    const gallery = galleryAround(figure, body);
    if (gallery) gallery.box.replaceWith(...gallery.figures);
  }
}
