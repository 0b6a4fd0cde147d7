import { isBlank } from '../../text/text-prefix';
import { collapsedText, isLeafBlock } from './block-shape';
import { letterWords } from './match-label';

/** A line that is all one parenthesised phrase without digits: «(وكالات)», «(אלישע בן קימון)». */
const PARENTHESISED = /^\([^()\d]+\)$/u;
/** A credit names a reporter or an agency: a few words. */
const MAX_CREDIT_WORDS = 4;

/**
 * Removes a closing credit: the article's last line, when it is only a reporter's or an agency's
 * name in parentheses (ynet's news flashes end «(אלישע בן קימון)»; Arabic wires end «(وكالات)»,
 * "agencies"). The reader shows the byline on its own.
 */
export function removeClosingCredit(root: Element): void {
  const lines = Array.from(root.querySelectorAll('p, div, h1, h2, h3, h4, h5, h6, blockquote'));
  const last = lines.reverse().find((line) => !isBlank(line) && isLeafBlock(line));
  if (!last) return;
  const text = collapsedText(last);
  if (PARENTHESISED.test(text) && letterWords(text) <= MAX_CREDIT_WORDS) last.remove();
}
