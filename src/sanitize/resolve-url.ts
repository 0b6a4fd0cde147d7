import { SAFE_DATA_IMAGE, SAFE_URL } from './policy';

/** ASCII control characters and white space, which browsers strip from URLs («java\tscript:»). */
const URL_NOISE = /[\u0000-\u0020\u007F-\u009F]+/g;

/**
 * An attribute URL made absolute against the page's base, or null when it is not an http(s) URL
 * (or, where `allowDataImage`, an inline raster image).
 */
export function resolveSafeUrl(value: string, baseUrl: string, allowDataImage = false): string | null {
  const trimmed = value.replace(URL_NOISE, '');
  if (trimmed === '') return null;
  if (allowDataImage && SAFE_DATA_IMAGE.test(trimmed)) return trimmed;
  let absolute: URL;
  try {
    absolute = new URL(value.trim(), baseUrl);
  } catch {
    return null;
  }
  return SAFE_URL.test(absolute.href) ? absolute.href : null;
}

/** A srcset descriptor: a width «480w» or a pixel density «2x». */
const SRCSET_DESCRIPTOR = /^\d+(?:\.\d+)?[wx]$/;
const SPACE_OR_COMMA = /[\s,]/;
const SPACE = /\s/;

/** Candidates of a srcset as the HTML standard splits them: a URL may itself contain commas. */
function srcsetCandidates(value: string): { url: string; descriptor: string }[] {
  const candidates: { url: string; descriptor: string }[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && SPACE_OR_COMMA.test(value[i] ?? '')) i++;
    if (i >= value.length) break;
    const urlStart = i;
    while (i < value.length && !SPACE.test(value[i] ?? '')) i++;
    let url = value.slice(urlStart, i);
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      const descriptorStart = i;
      while (i < value.length && value[i] !== ',') i++;
      descriptor = value.slice(descriptorStart, i).trim();
    }
    candidates.push({ url, descriptor });
  }
  return candidates;
}

/** A srcset with only safe, absolute candidates and well-formed descriptors, or null when none is left. */
export function resolveSafeSrcset(value: string, baseUrl: string): string | null {
  const kept: string[] = [];
  for (const { url, descriptor } of srcsetCandidates(value)) {
    const safe = resolveSafeUrl(url, baseUrl);
    if (safe === null || (descriptor !== '' && !SRCSET_DESCRIPTOR.test(descriptor))) continue;
    // A URL with a space or comma in it would split differently when read again.
    if (/[\s,]/.test(safe)) continue;
    kept.push(descriptor ? `${safe} ${descriptor}` : safe);
  }
  return kept.length > 0 ? kept.join(', ') : null;
}
