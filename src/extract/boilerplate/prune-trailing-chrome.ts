import { isBlank } from '../../text/text-prefix';
import { collapsedText, linkShare, paragraphsWithWords, PROSE_BLOCKS } from './block-shape';
import { letterWords } from './match-label';

/** A block whose text is at least this share links is a list of links. */
const LINK_LIST_SHARE = 0.5;
/** The branch holding this share of the article's prose is where the article is. */
const MAIN_SHARE = 0.8;
/**
 * Pictures, videos and frames; a `<picture>` or `<figure>` counts by the image inside it. Inside
 * `:is()`: jsdom's engine searches a subtree once per selector of a plain list.
 */
const MEDIA = ':is(img, video, audio, iframe, embed, object)';
/** A picture with a caption keeps its place; longer text beside a picture is a teaser card. */
const MAX_CAPTION_WORDS = 40;

/** Words in paragraphs, by element: what the paragraphs inside each element (itself included) add up to. */
type ProseWords = ReadonlyMap<Element, number>;

/**
 * Words in paragraphs for `root` and every element inside it, from one pass over its paragraphs:
 * each paragraph's words count for it and for each element around it up to `root`. The rule asks
 * this of most elements at several levels, and the count of an element holds as long as nothing
 * inside it changes (the rule only removes elements beside those it asks about next).
 */
function proseWordsIn(root: Element): ProseWords {
  const words = new Map<Element, number>();
  for (const paragraph of paragraphsWithWords(root)) {
    for (let element: Element | null = paragraph.block; element; element = element.parentElement) {
      words.set(element, (words.get(element) ?? 0) + paragraph.words);
      if (element === root) break;
    }
  }
  return words;
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
function mainBranch(root: Element, total: number, proseWords: ProseWords): Element {
  let current = root;
  for (;;) {
    const child = Array.from(current.children).find(
      (candidate) => !candidate.matches(PROSE_BLOCKS) && (proseWords.get(candidate) ?? 0) >= MAIN_SHARE * total,
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
function removeTrailingLinkLists(main: Element, proseWords: ProseWords): void {
  for (let last = main.lastElementChild; last && (proseWords.get(last) ?? 0) === 0; last = main.lastElementChild) {
    const empty = isBlank(last) && !last.matches(MEDIA) && !last.querySelector(MEDIA);
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
  const proseWords = proseWordsIn(root);
  const total = proseWords.get(root) ?? 0;
  if (total === 0) return;
  const main = mainBranch(root, total, proseWords);
  removeTrailingLinkLists(main, proseWords);
  for (let node: Element | null = main; node && node !== root; node = node.parentElement) {
    for (let sibling = node.nextElementSibling; sibling;) {
      const next = sibling.nextElementSibling;
      if ((proseWords.get(sibling) ?? 0) === 0 && !isCaptionedMedia(sibling)) sibling.remove();
      sibling = next;
    }
  }
}
