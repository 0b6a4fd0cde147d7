import { normalizeArabic } from '../../text/normalize-arabic';
import { LABEL_KINDS, type LabelKind, type LabelKindName } from './labels';

export interface LabelMatch {
  kind: LabelKindName;
  rule: LabelKind;
  /** The normalised text after the label. */
  rest: string;
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;
/** A word with at least one letter: «المقال», «LBCI»; not «3» or «12:42». */
const LETTER_WORD = /[\p{L}\p{M}\p{N}]*\p{L}[\p{L}\p{M}\p{N}]*/gu;
/** A letter or a digit: where a label may begin, after dashes and brackets. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The longest label, normalised, in UTF-16 units. */
const LONGEST_LABEL = Math.max(
  ...Object.values(LABEL_KINDS).flatMap((rule) => rule.labels.map((label) => normalizeArabic(label).length)),
);

const KIND_NAMES = Object.keys(LABEL_KINDS) as LabelKindName[];

/** A kind's labels, normalised, as alternatives of a pattern: the longest first. */
function alternativesOf(rule: LabelKind): string {
  return rule.labels
    .map((label) => normalizeArabic(label).replace(REGEX_SPECIAL, '\\$&'))
    .sort((a, b) => b.length - a.length)
    .join('|');
}

/**
 * The labels at the start of normalised text, one group per kind in `KIND_NAMES` order: after
 * anything that is not a letter or a digit (dashes and brackets, as in «- Advertisment -»), and
 * before the end or a non-letter, so «شارك» (sharik, "share") does not match «شاركت» (sharakat,
 * "she took part"). Every label begins with a letter or a digit, so where the label starts is fixed
 * and the kinds are tried in order, as one pattern per kind would be; one pattern is compiled once,
 * where one per kind cost a compilation of the Unicode classes each in the extraction's first run.
 */
const LABEL_AT_START = new RegExp(
  `^[^\\p{L}\\p{N}]*(?:${KIND_NAMES.map((kind) => `(${alternativesOf(LABEL_KINDS[kind])})`).join('|')})` +
    '(?![\\p{L}\\p{M}\\p{N}])',
  'u',
);

/** The boilerplate label `text` starts with, if any, and what follows it. */
export function matchLabel(text: string): LabelMatch | null {
  const normalised = normalizeArabic(text);
  const found = LABEL_AT_START.exec(normalised);
  if (!found) return null;
  const kind = KIND_NAMES[found.findIndex((group, index) => index > 0 && group !== undefined) - 1];
  if (kind === undefined) return null;
  return { kind, rule: LABEL_KINDS[kind], rest: normalised.slice(found[0].length) };
}

/**
 * Whether a text starts with a label, told from `start`, a part of its start that the text follows
 * with a space (see `blockTextStart`): true or false, or null when `start` is too short to tell.
 * Normalising works character by character up to such a space, so `start` normalised begins the
 * text normalised; a label begins at the first letter or digit, so a start that reaches past the
 * longest label there and one character more (for the check that no letter follows) decides alone.
 * Reading a whole article to see that it does not open with «اقرأ أيضا» is what this saves.
 */
export function startsWithLabel(start: string): boolean | null {
  const normalised = normalizeArabic(start);
  const first = normalised.search(LETTER_OR_DIGIT);
  if (first < 0 || normalised.length - first <= LONGEST_LABEL) return null;
  return LABEL_AT_START.test(normalised);
}

/** Words that have a letter in them: what is left of a block once numbers and punctuation are set aside. */
export function letterWords(text: string): number {
  return text.match(LETTER_WORD)?.length ?? 0;
}
