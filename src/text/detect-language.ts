import type { Direction } from '../extract/types';
import { charClasses } from './char-classes';

/** Letters of the Arabic script (Arabic, Persian, Urdu …), with the supplement, extended-A and presentation forms. */
const ARABIC_SCRIPT =
  /[\u0620-\u064A\u066E-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]/gu;
/** Hebrew letters «א–ת» and presentation forms. */
const HEBREW_SCRIPT = /[\u05D0-\u05EA\u05F0-\u05F2\uFB1D-\uFB4F]/gu;
/** Any other letter (Latin, Cyrillic, …): counted for left-to-right text. */
const ANY_LETTER = /\p{L}/gu;
/** Letters Urdu has and Arabic does not: ٹ ڈ ڑ ں ے ہ ھ (tte, dde, rre, noon ghunna, bari ye, gol he, do-chashmi he). */
const URDU_LETTERS = /[\u0679\u0688\u0691\u06BA\u06D2\u06C1\u06BE]/gu;
/** Persian kaf «ک» and yeh «ی» (Urdu shares them), against Arabic kaf «ك» and yeh «ي» / alef maqsura «ى». */
const PERSIAN_KAF_YEH = /[\u06A9\u06CC]/gu;
const ARABIC_KAF_YEH = /[\u0643\u064A]/gu;
/** Letters Persian adds: پ چ ژ گ (pe, che, zhe, gaf); Arabic text has them only in some foreign names. */
const PERSIAN_LETTERS = /[\u067E\u0686\u0698\u06AF]/gu;

/** Languages written right to left: a left-to-right text cannot be in one of them, whatever the page says. */
const RTL_LANGS = new Set(['ar', 'fa', 'ur', 'he', 'yi', 'ps', 'ckb', 'sd', 'ug', 'dv']);
/** A primary language subtag such as «en» or «fil». */
const LANGUAGE_SUBTAG = /^[a-z]{2,3}$/;

export interface LanguageGuess {
  /** Primary BCP 47 subtag, or 'und'. */
  lang: string;
  dir: Direction;
  /** How many letters the guess rests on; a block with few letters says little. */
  letters: number;
}

/** Counted together in one pass over a text; each count is `text.match(pattern)?.length ?? 0`. */
const SCRIPT_CLASSES = charClasses([
  ARABIC_SCRIPT,
  HEBREW_SCRIPT,
  ANY_LETTER,
  URDU_LETTERS,
  PERSIAN_KAF_YEH,
  ARABIC_KAF_YEH,
  PERSIAN_LETTERS,
]);

interface LetterCounts {
  arabic: number;
  hebrew: number;
  letters: number;
  urdu: number;
  persianKafYeh: number;
  arabicKafYeh: number;
  persian: number;
}

function letterCounts(text: string): LetterCounts {
  const [arabic = 0, hebrew = 0, letters = 0, urdu = 0, persianKafYeh = 0, arabicKafYeh = 0, persian = 0] =
    SCRIPT_CLASSES.count(text);
  return { arabic, hebrew, letters, urdu, persianKafYeh, arabicKafYeh, persian };
}

function primarySubtag(lang: string | null | undefined): string {
  return (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

function arabicScriptLanguage({ arabic, urdu, persianKafYeh, arabicKafYeh, persian }: LetterCounts): string {
  if (urdu / arabic > 0.01) return 'ur';
  if (persianKafYeh > arabicKafYeh) return 'fa';
  if (arabicKafYeh === 0 && persian > 0) return 'fa';
  return 'ar';
}

/**
 * Language and direction from the text itself: the script that most letters belong to decides,
 * and for the Arabic script the letters that Persian and Urdu add. The page's own `lang` is only a
 * hint, used to name a left-to-right language, since pages often declare the wrong one.
 */
export function detectLanguage(text: string, hintLang?: string | null): LanguageGuess {
  const counts = letterCounts(text);
  const { arabic, hebrew, letters } = counts;
  const other = letters - arabic - hebrew;
  if (letters === 0) return { lang: 'und', dir: 'ltr', letters: 0 };
  if (arabic >= hebrew && arabic > other) {
    return { lang: arabicScriptLanguage(counts), dir: 'rtl', letters };
  }
  if (hebrew > other) return { lang: 'he', dir: 'rtl', letters };
  const hint = primarySubtag(hintLang);
  const lang = LANGUAGE_SUBTAG.test(hint) && !RTL_LANGS.has(hint) ? hint : 'en';
  return { lang, dir: 'ltr', letters };
}

/** Direction of one block of text: by the script most of its letters belong to, not by its first letter. */
export function detectDirection(text: string): Direction | null {
  const { arabic, hebrew, letters } = letterCounts(text);
  if (letters === 0) return null;
  const rtl = arabic + hebrew;
  return rtl * 2 >= letters ? 'rtl' : 'ltr';
}
