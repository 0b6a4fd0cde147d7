import { isBlank } from '../../text/text-prefix';
import { countWords } from '../reading-time';
import { blockTextStart } from '../text-blocks';
import { blockText, isLeafBlock, linkShare, standsAlone } from './block-shape';
import { letterWords, matchLabel, startsWithLabel, type LabelMatch } from './match-label';

/** Elements that can be a box or a line of page furniture as a whole. */
const BOX_TAGS = new Set([
  'ASIDE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'LI',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'UL',
]);
/** Inline elements, which count only when they stand on a line of their own. */
const INLINE_TAGS = new Set(['A', 'B', 'EM', 'FONT', 'I', 'LABEL', 'SMALL', 'SPAN', 'STRONG']);
/** A box whose text is at least this share links is a list of links. */
const LINK_BOX_SHARE = 0.5;
/**
 * Characters of a block's text read to tell whether it opens with a label: room for the longest one
 * (27 characters normalised) after dashes or brackets; a start too short to tell reads the whole block.
 */
const LABEL_START_LENGTH = 64;

/** Share of the words after the label that are link text (a label that is itself a link counts too). */
function restLinkShare(element: Element, match: LabelMatch): number {
  const restWords = countWords(match.rest);
  if (restWords === 0) return 0;
  const links = element.tagName === 'A' ? [element] : Array.from(element.querySelectorAll('a'));
  const linkWords = links.reduce((sum, link) => sum + countWords(link.textContent ?? ''), 0);
  return Math.min(1, linkWords / restWords);
}

/**
 * The label `element` is furniture for, or null. Decided on shape, never on the word alone: the
 * block is only the label, or the label and a few words (links, where the label is also a common
 * word). A box of several blocks needs its label's `wholeBox`, or to be mostly links, since a
 * real paragraph may share a box with a «اقرأ أيضا» (iqra' aydan, "read also") line.
 */
export function labelBlockKind(element: Element): LabelMatch | null {
  const start = blockTextStart(element, LABEL_START_LENGTH);
  if (!start.whole && startsWithLabel(start.text) === false) return null;
  const match = matchLabel(start.whole ? start.text : blockText(element));
  if (!match) return null;
  const restWords = letterWords(match.rest);
  if (restWords === 0) return match;
  if (restWords > match.rule.maxRestWords) return null;
  if (match.rule.needsButton && !element.matches('a[href]') && !element.querySelector('a[href], img')) return null;
  const mostlyLinks = restLinkShare(element, match) >= LINK_BOX_SHARE;
  if (match.rule.restIsLinks) return mostlyLinks ? match : null;
  return mostlyLinks || match.rule.wholeBox || isLeafBlock(element) ? match : null;
}

function isCandidate(element: Element): boolean {
  return BOX_TAGS.has(element.tagName) || (INLINE_TAGS.has(element.tagName) && standsAlone(element));
}

/** A heading such as «مقالات ذات صلة» (maqalat dhat sila, "related articles") takes its list along. */
function removeFollowingLinkLists(label: Element): void {
  let next = label.nextElementSibling;
  while (next && !isBlank(next) && linkShare(next) >= LINK_BOX_SHARE) {
    const after = next.nextElementSibling;
    next.remove();
    next = after;
  }
}

/** Removes from `root` every block that is a boilerplate label with its links (see `labels.ts`). */
export function removeLabelBlocks(root: Element): void {
  for (const element of Array.from(root.getElementsByTagName('*'))) {
    // Inside a box removed earlier in this loop.
    if (!root.contains(element) || !isCandidate(element)) continue;
    const match = labelBlockKind(element);
    if (!match) continue;
    if (match.rule.headsLinkList && letterWords(match.rest) === 0) removeFollowingLinkLists(element);
    element.remove();
  }
}
