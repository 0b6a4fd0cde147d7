import { detectDirection } from '../text/detect-language';
import type { Direction } from './types';

/** Blocks that hold a line of text and can take their own direction. */
const TEXT_BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, dt, dd, td, th, caption, pre';

/**
 * The direction set on the nearest element around `block` that has a `dir` attribute, as
 * `block.parentElement.closest('[dir]')` finds it, by walking up: under jsdom a selector match per
 * block costs more than the rest of this function.
 */
function inheritedDir(block: Element): string | null {
  for (let element = block.parentElement; element; element = element.parentElement) {
    if (element.hasAttribute('dir')) return element.getAttribute('dir');
  }
  return null;
}

/**
 * Gives each block whose own text runs the other way an explicit `dir`, decided by most of its
 * letters: an Arabic paragraph that opens with a Latin name stays right-to-left, an English
 * quotation inside an Arabic article reads left-to-right. (`dir="auto"` would look at the first
 * strong letter only and get the first case wrong.)
 */
export function markBlockDirection(root: ParentNode, articleDir: Direction): void {
  for (const block of Array.from(root.querySelectorAll(TEXT_BLOCKS))) {
    block.removeAttribute('dir');
    const parentDir = inheritedDir(block) ?? articleDir;
    const own = detectDirection(block.textContent ?? '');
    if (own !== null && own !== parentDir) block.setAttribute('dir', own);
  }
}
