import { normalizeArabic } from '../../text/normalize-arabic';
import { LETTER_OR_NUMBER, WORD_CLASSES } from '../../text/word-classes';

/** A bare host name: «CNNArabic.com», «www.youm7.com», «aljazeera.net». */
const HOST_NAME = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;

/** A name reduced for comparison: Arabic-normalised, lower case, letters and digits only. */
export function nameKey(text: string): string {
  // Spaces, dots and dashes do not tell «BBC News عربي» from «BBCNews-عربي».
  return WORD_CLASSES.keep(normalizeArabic(text), LETTER_OR_NUMBER);
}

/** How closely a text names the site: exactly (or as a host name), or as a longer form of its name. */
export type SiteNameMatch = 'exact' | 'similar' | null;

/**
 * Whether `part` names the site: a host name or one of `siteNames` («exact»), or a longer form of one
 * of them, at most twice its length («بوابة أخبار اليوم الإلكترونية» for «بوابة اخبار اليوم»: «similar»).
 * A part that is only a piece of the site's name does not count: «المغرب» is not «أخبار المغرب».
 */
export function matchSiteName(part: string, siteNames: readonly string[]): SiteNameMatch {
  const trimmed = part.trim();
  if (HOST_NAME.test(trimmed)) return 'exact';
  const key = nameKey(trimmed);
  if (key.length < 2) return null;
  let match: SiteNameMatch = null;
  for (const name of siteNames) {
    const site = nameKey(name);
    if (site.length < 2) continue;
    if (key === site) return 'exact';
    if (site.length >= 3 && key.includes(site) && key.length <= site.length * 2) match = 'similar';
  }
  return match;
}

export function looksLikeSiteName(part: string, siteNames: readonly string[]): boolean {
  return matchSiteName(part, siteNames) !== null;
}
