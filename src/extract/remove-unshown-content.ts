import { DROPPED_WITH_CONTENT } from '../sanitize/policy';

const UNSHOWN = DROPPED_WITH_CONTENT.join(', ');

/**
 * Removes from the article the elements whose content no reader page shows (scripts, styles,
 * frames, SVG and MathML, media left after `embedsToLinks`, …): the pages' sanitizer drops them
 * whole, and the article's text, word count and the test of whether it is an article at all must be
 * of what the reader will see.
 */
export function removeUnshownContent(content: Element): void {
  for (const element of Array.from(content.querySelectorAll(UNSHOWN))) element.remove();
}
