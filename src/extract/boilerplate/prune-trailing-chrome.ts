import { collapsedText, linkShare, nonLinkWords, paragraphsIn, PROSE_BLOCKS } from './block-shape';
import { letterWords } from './match-label';

/** A block whose text is at least this share links is a list of links. */
const LINK_LIST_SHARE = 0.5;
/** The branch holding this share of the article's prose is where the article is. */
const MAIN_SHARE = 0.8;
/** Pictures, videos and frames; a `<picture>` or `<figure>` counts by the image inside it. */
const MEDIA = 'img, video, audio, iframe, embed, object';
/** A picture with a caption keeps its place; longer text beside a picture is a teaser card. */
const MAX_CAPTION_WORDS = 40;

/** Words of `element` that are in paragraphs. */
function proseWords(element: Element): number {
  return paragraphsIn(element).reduce((sum, block) => sum + nonLinkWords(block), 0);
}

/** One picture (or video) and at most a caption: several pictures after the article are teaser cards. */
function isCaptionedMedia(element: Element): boolean {
  const media = element.matches(MEDIA) ? 1 : element.querySelectorAll(MEDIA).length;
  return media === 1 && linkShare(element) < 0.5 && letterWords(collapsedText(element)) <= MAX_CAPTION_WORDS;
}

/**
 * The deepest container in `root` that holds most of its prose. Never a paragraph itself: the
 * short lines that close an article sit beside its last long paragraph, inside the container.
 */
function mainBranch(root: Element, total: number): Element {
  let current = root;
  for (;;) {
    const child = Array.from(current.children).find(
      (candidate) => !candidate.matches(PROSE_BLOCKS) && proseWords(candidate) >= MAIN_SHARE * total,
    );
    if (!child) return current;
    current = child;
  }
}

const HEADING = /^H[1-6]$/;

/** A heading, or a box holding nothing but one: with nothing after it, it heads something now gone. */
function isBareHeading(element: Element): boolean {
  if (HEADING.test(element.tagName)) return true;
  const text = collapsedText(element);
  return (
    text !== '' && Array.from(element.querySelectorAll('h1, h2, h3, h4, h5, h6')).some((h) => collapsedText(h) === text)
  );
}

/**
 * Inside the article's own container, what follows the last paragraph and is mostly links (related
 * stories, topics) goes, and so do a heading left last and empty boxes.
 */
function removeTrailingLinkLists(main: Element): void {
  for (let last = main.lastElementChild; last && proseWords(last) === 0; last = main.lastElementChild) {
    const empty = collapsedText(last) === '' && !last.matches(MEDIA) && !last.querySelector(MEDIA);
    if (!empty && !(linkShare(last) >= LINK_LIST_SHARE || isBareHeading(last))) return;
    last.remove();
  }
}

/**
 * Readability sometimes takes a container far above the article (a page column with tags, the
 * next and previous stories, app boxes, a list of headlines). Where most of the prose sits in one
 * branch, the blocks that come after that branch, at every level up to `root`, and hold no
 * paragraph at all are page furniture: they go, except a picture with its caption. What comes
 * before the article (a standfirst, a picture) is left to the other rules.
 */
export function pruneTrailingChrome(root: Element): void {
  const total = proseWords(root);
  if (total === 0) return;
  const main = mainBranch(root, total);
  removeTrailingLinkLists(main);
  for (let node: Element | null = main; node && node !== root; node = node.parentElement) {
    for (let sibling = node.nextElementSibling; sibling;) {
      const next = sibling.nextElementSibling;
      if (proseWords(sibling) === 0 && !isCaptionedMedia(sibling)) sibling.remove();
      sibling = next;
    }
  }
}
