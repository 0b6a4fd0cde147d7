import { normalizeArabic } from '../../text/normalize-arabic';
import { LETTER, LETTER_OR_NUMBER, WORD_CHARACTER, WORD_CLASSES } from '../../text/word-classes';
import { LABEL_KINDS, type LabelKind, type LabelKindName } from './labels';

export interface LabelMatch {
  kind: LabelKindName;
  rule: LabelKind;
  /** The normalised text after the label. */
  rest: string;
}

interface LabelEntry {
  kind: LabelKindName;
  /** The label, normalised. */
  label: string;
}

const KIND_NAMES = Object.keys(LABEL_KINDS) as LabelKindName[];

/**
 * Every label, normalised, in the order they are tried: kind by kind in `KIND_NAMES` order, the
 * longest first within a kind; filed under the label's first character.
 */
const LABELS_BY_FIRST_CHARACTER = new Map<string, LabelEntry[]>();
for (const kind of KIND_NAMES) {
  const labels = LABEL_KINDS[kind].labels.map((label) => normalizeArabic(label)).sort((a, b) => b.length - a.length);
  for (const label of labels) {
    const first = label.charAt(0);
    const entries = LABELS_BY_FIRST_CHARACTER.get(first) ?? [];
    entries.push({ kind, label });
    LABELS_BY_FIRST_CHARACTER.set(first, entries);
  }
}

/** The longest label, normalised, in UTF-16 units. */
const LONGEST_LABEL = Math.max(
  ...Array.from(LABELS_BY_FIRST_CHARACTER.values(), (entries) =>
    Math.max(...entries.map((entry) => entry.label.length)),
  ),
);

/**
 * The label that normalised text starts with: after anything that is not a letter or a digit
 * (dashes and brackets, as in «- Advertisment -»), and followed by the end or by something that is
 * not a letter, mark or digit, so «شارك» (sharik, "share") does not match «شاركت» (sharakat, "she took
 * part"). Every label begins with a letter or a digit, so where the label starts is fixed; the first
 * of its candidates in the order above wins. A lookup and a few comparisons: one pattern of all the
 * labels cost milliseconds to compile in the extraction's first run, the one the popup waits for.
 */
function labelAtStart(normalised: string): { entry: LabelEntry; end: number } | null {
  // A label may begin after dashes and brackets, at a letter or a digit.
  const start = WORD_CLASSES.indexOf(normalised, LETTER_OR_NUMBER);
  if (start < 0) return null;
  for (const entry of LABELS_BY_FIRST_CHARACTER.get(normalised.charAt(start)) ?? []) {
    if (!normalised.startsWith(entry.label, start)) continue;
    const end = start + entry.label.length;
    // A letter, mark or digit after it would make it part of a longer word.
    if ((WORD_CLASSES.at(normalised, end) & WORD_CHARACTER) === 0) return { entry, end };
  }
  return null;
}

/** The boilerplate label `text` starts with, if any, and what follows it. */
export function matchLabel(text: string): LabelMatch | null {
  const normalised = normalizeArabic(text);
  const found = labelAtStart(normalised);
  if (!found) return null;
  const { kind } = found.entry;
  return { kind, rule: LABEL_KINDS[kind], rest: normalised.slice(found.end) };
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
  const first = WORD_CLASSES.indexOf(normalised, LETTER_OR_NUMBER);
  if (first < 0 || normalised.length - first <= LONGEST_LABEL) return null;
  return labelAtStart(normalised) !== null;
}

/**
 * Words that have a letter in them («المقال», «LBCI»; not «3» or «12:42»): what is left of a block
 * once numbers and punctuation are set aside.
 */
export function letterWords(text: string): number {
  return WORD_CLASSES.countRuns(text, WORD_CHARACTER, LETTER);
}
