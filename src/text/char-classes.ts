/**
 * Counting the characters of a text that belong to a few classes, each given as a regular
 * expression for one character («[\u0620-\u064A…]», «\p{L}»). `text.match(/…/gu)` builds an array of
 * every match (an Arabic article has tens of thousands of letters, and the pipeline counts each
 * article's letters and words several times); a pass over the text's code points against a table
 * is exact and many times faster.
 */

/** Code points of the Basic Multilingual Plane: their answers are kept, one byte each. */
const BMP_SIZE = 0x10000;
const UNKNOWN = 0xff;
/** A class is one bit of a byte. */
const MAX_CLASSES = 8;
const CLASS_BITS = 0xff;
/** Set beside the class bits when the code point takes two code units (a surrogate pair). */
const PAIR = 0x100;

export interface CharClasses {
  /** How many code points of `text` each class matches, in the order the classes were given. */
  count: (text: string) => number[];
  /** How many runs of code points that the class at `index` matches `text` has: its words. */
  countRuns: (text: string, index: number) => number;
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
  let table: Uint8Array | null = null; // made on first use: most contexts never count

  const bitsOf = (character: string): number =>
    tests.reduce((bits, test, index) => (test.test(character) ? bits | (1 << index) : bits), 0);

  /** The classes of the code point at `index`, with `PAIR` when it takes two code units. */
  const classesAt = (text: string, index: number): number => {
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(index + 1); // NaN past the end
      if (next >= 0xdc00 && next <= 0xdfff) return PAIR | bitsOf(text.slice(index, index + 2));
    }
    table ??= new Uint8Array(BMP_SIZE).fill(UNKNOWN);
    let bits = table[unit] as number;
    if (bits === UNKNOWN) {
      bits = bitsOf(String.fromCharCode(unit));
      table[unit] = bits;
    }
    return bits;
  };

  return {
    count(text) {
      const counts = patterns.map(() => 0);
      for (let index = 0; index < text.length;) {
        const found = classesAt(text, index);
        for (let bits = found & CLASS_BITS, at = 0; bits !== 0; bits >>= 1, at++) {
          if (bits & 1) counts[at] = (counts[at] as number) + 1;
        }
        index += found & PAIR ? 2 : 1;
      }
      return counts;
    },
    countRuns(text, classIndex) {
      const bit = 1 << classIndex;
      let runs = 0;
      let inRun = false;
      for (let index = 0; index < text.length;) {
        const found = classesAt(text, index);
        const inClass = (found & bit) !== 0;
        if (inClass && !inRun) runs += 1;
        inRun = inClass;
        index += found & PAIR ? 2 : 1;
      }
      return runs;
    },
  };
}
