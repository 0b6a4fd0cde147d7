import { applySiteRules } from '../site-rules';
import { keepGalleryCaptions } from './keep-gallery-captions';
import { pruneTrailingChrome } from './prune-trailing-chrome';
import { removeClosingCredit } from './remove-closing-credit';
import { removeCommentNotices } from './remove-comment-notice';
import { removeDateLines } from './remove-date-lines';
import { removeHiddenElements } from './remove-hidden-elements';
import { removeLabelBlocks } from './remove-label-blocks';
import { removeSignupBoxes } from './remove-signup-boxes';

/**
 * The rules that need the page as it is (classes, hidden parts), run on the copy of the page at
 * `url` that Readability is about to read: the site's own rules, then the general ones, then
 * one that keeps article content (gallery captions) Readability would drop.
 */
export function cleanPageBeforeReadability(doc: Document, url: string): void {
  applySiteRules(doc, url);
  removeHiddenElements(doc);
  removeCommentNotices(doc);
  removeSignupBoxes(doc);
  keepGalleryCaptions(doc);
}

/** The general rules run on Readability's article element, which Readability has stripped of classes. */
export function cleanArticleContent(content: Element): void {
  pruneTrailingChrome(content);
  removeLabelBlocks(content);
  removeDateLines(content);
  removeClosingCredit(content);
}
