import { normalizeArabic } from '../text/normalize-arabic';

/**
 * The phrases that occur in `text`, compared the corpus way: the phrase's normalised form is a
 * substring of the normalised text (so harakat, alef forms and line breaks do not matter).
 */
export function phrasesIn(text: string, phrases: readonly string[]): string[] {
  const haystack = normalizeArabic(text);
  return phrases.filter((phrase) => {
    const needle = normalizeArabic(phrase);
    return needle !== '' && haystack.includes(needle);
  });
}
