/**
 * Counting, splitting and filtering the characters of a text by a few classes, each given as a
 * regular expression for one character («[\u0620-\u064A…]», «\p{L}»). `text.match(/…/gu)` builds an
 * array of every match (an Arabic article has tens of thousands of letters, and the pipeline counts
 * each article's letters and words several times), and a pattern that repeats or negates a Unicode
 * class costs milliseconds to compile; a pass over the text's code points against a table, filled
 * by the one-character patterns as characters first appear, is exact and many times faster.
 */

/** Code points of the Basic Multilingual Plane: their answers are kept, two bytes each. */
const BMP_SIZE = 0x10000;
/** Not a combination of classes: the table's answer for a code point it has not seen. */
const UNKNOWN = 0x200;
/** A class is one bit of a byte. */
const MAX_CLASSES = 8;
const CLASS_BITS = 0xff;
/** Set beside the class bits when the code point takes two code units (a surrogate pair). */
const PAIR = 0x100;

export interface CharClasses {
  /** How many code points of `text` each class matches, in the order the classes were given. */
  count: (text: string) => number[];
  /**
   * How many runs of code points in any of the classes of `mask` (bit `1 << i` for the class at
   * index `i`) `text` has, counting only runs with a code point in `required`: words, or words with
   * a letter in them.
   */
  countRuns: (text: string, mask: number, required?: number) => number;
  /** Those runs themselves, in order: the words of a text. */
  runs: (text: string, mask: number) => string[];
  /** `text` with only the code points in the classes of `mask`. */
  keep: (text: string, mask: number) => string;
  /** Where the first code point in the classes of `mask` starts, in UTF-16 units, or -1. */
  indexOf: (text: string, mask: number) => number;
  /** The classes of the code point starting at `index` (0 past the end), one bit each. */
  at: (text: string, index: number) => number;
}

function singleCharacter(pattern: RegExp): RegExp {
  // Without the g and y flags, `test` keeps no state between calls.
  return new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
}

/**
 * Counters for `patterns`, each a class of one character with the `u` flag (as `/[…]/gu`), so that
 * `count(text)[i]` is `text.match(patterns[i])?.length ?? 0`.
 */
export function charClasses(patterns: readonly RegExp[]): CharClasses {
  if (patterns.length > MAX_CLASSES) throw new RangeError(`at most ${MAX_CLASSES} classes`);
  const tests = patterns.map(singleCharacter);
  let table: Uint16Array | null = null; // made on first use: most contexts never count

  const bitsOf = (character: string): number =>
    tests.reduce((bits, test, index) => (test.test(character) ? bits | (1 << index) : bits), 0);

  /**
   * The classes of the code point at `index` when the table does not know them yet (its first
   * time, or a surrogate pair, which the table never keeps), with `PAIR` when it takes two code units.
   */
  const lookUp = (known: Uint16Array, text: string, index: number, unit: number): number => {
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(index + 1); // NaN past the end
      if (next >= 0xdc00 && next <= 0xdfff) return PAIR | bitsOf(text.slice(index, index + 2));
      return bitsOf(String.fromCharCode(unit));
    }
    const bits = bitsOf(String.fromCharCode(unit));
    known[unit] = bits;
    return bits;
  };

  /** The classes of the code point at `index`, with `PAIR` when it takes two code units. */
  const classesAt = (known: Uint16Array, text: string, index: number): number => {
    const unit = text.charCodeAt(index);
    const bits = known[unit] as number;
    return bits === UNKNOWN ? lookUp(known, text, index, unit) : bits;
  };
  const ready = (): Uint16Array => (table ??= new Uint16Array(BMP_SIZE).fill(UNKNOWN));

  // `count` and `countRuns` run once per character of whole articles, often before V8 has compiled
  // them: they keep the work per character to a table read and an addition, and add up afterwards.
  return {
    count(text) {
      const known = ready();
      const tally = new Uint32Array(CLASS_BITS + 1); // characters per combination of classes
      for (let index = 0; index < text.length; index += 1) {
        const unit = text.charCodeAt(index);
        let bits = known[unit] as number;
        if (bits === UNKNOWN) {
          const found = lookUp(known, text, index, unit);
          if (found & PAIR) index += 1;
          bits = found & CLASS_BITS;
        }
        tally[bits] = (tally[bits] as number) + 1;
      }
      return patterns.map((_, at) => {
        let total = 0;
        for (let bits = 1 << at; bits <= CLASS_BITS; bits += 1) if (bits & (1 << at)) total += tally[bits] as number;
        return total;
      });
    },
    countRuns(text, mask, required = mask) {
      const known = ready();
      let runs = 0;
      let counted = false; // whether the run at `index` has been counted
      for (let index = 0; index < text.length; index += 1) {
        const unit = text.charCodeAt(index);
        let bits = known[unit] as number;
        if (bits === UNKNOWN) {
          bits = lookUp(known, text, index, unit);
          if (bits & PAIR) index += 1;
        }
        if ((bits & mask) === 0) counted = false;
        else if (!counted && (bits & required) !== 0) {
          runs += 1;
          counted = true;
        }
      }
      return runs;
    },
    runs(text, mask) {
      const known = ready();
      const found: string[] = [];
      let start = -1;
      for (let index = 0; index < text.length; index += 1) {
        const bits = classesAt(known, text, index);
        if ((bits & mask) === 0) {
          if (start >= 0) found.push(text.slice(start, index));
          start = -1;
        } else if (start < 0) start = index;
        if (bits & PAIR) index += 1;
      }
      if (start >= 0) found.push(text.slice(start));
      return found;
    },
    keep(text, mask) {
      const known = ready();
      let kept = '';
      let start = -1; // of the run of kept code points before `index`
      for (let index = 0; index < text.length; index += 1) {
        const bits = classesAt(known, text, index);
        if ((bits & mask) === 0) {
          if (start >= 0) kept += text.slice(start, index);
          start = -1;
        } else if (start < 0) start = index;
        if (bits & PAIR) index += 1;
      }
      return start >= 0 ? kept + text.slice(start) : kept;
    },
    indexOf(text, mask) {
      const known = ready();
      for (let index = 0; index < text.length; index += 1) {
        const bits = classesAt(known, text, index);
        if (bits & mask) return index;
        if (bits & PAIR) index += 1;
      }
      return -1;
    },
    at(text, index) {
      return index < text.length ? classesAt(ready(), text, index) & CLASS_BITS : 0;
    },
  };
}
