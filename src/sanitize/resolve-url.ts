import { SAFE_DATA_IMAGE, SAFE_URL } from './policy';

/** ASCII control characters and white space, which browsers strip from URLs («java\tscript:»). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const URL_NOISE = /[\u0000-\u0020\u007F-\u009F]+/g;
/**
 * A line break, a tab or a «<» inside a URL, or a «<» already percent-encoded by an earlier URL
 * parser (Readability makes URLs absolute before the sanitizer sees them): the mark of dangling
 * markup, an unclosed quote (`<img src='https://attacker/?`) that swallows the page up to the next
 * quote into the URL. Chromium refuses to fetch such URLs; the reader must not fetch them either.
 */
const DANGLING_MARKUP = /[\n\r\t<]|%3c/i;

/**
 * An attribute URL made absolute against the page's base, or null when it is not an http(s) URL
 * (or, where `allowDataImage`, an inline raster image). The scheme is checked on the resolved URL,
 * so neither entities, white space nor a hostile base can slip another scheme past the check.
 */
export function resolveSafeUrl(value: string, baseUrl: string, allowDataImage = false): string | null {
  const compact = value.replace(URL_NOISE, '');
  if (compact === '') return null;
  if (allowDataImage && SAFE_DATA_IMAGE.test(compact)) return compact;
  const trimmed = value.trim();
  if (DANGLING_MARKUP.test(trimmed)) return null;
  let absolute: URL;
  try {
    absolute = new URL(trimmed, baseUrl);
  } catch {
    return null;
  }
  return SAFE_URL.test(absolute.href) ? absolute.href : null;
}

/** A srcset descriptor: a width «480w» or a pixel density «2x», «1.5x». */
const SRCSET_DESCRIPTOR = /^\d+(?:\.\d+)?[wx]$/;
const SPACE_OR_COMMA = /[\s,]/;
const SPACE = /\s/;
const TRAILING_COMMAS = /,+$/;

interface SrcsetCandidate {
  url: string;
  descriptor: string;
}

/**
 * Candidates of a srcset as the HTML standard splits them: a URL runs to the next white space and
 * may contain commas (`…/w_300,h_200/a.jpg`); commas at its end, or the first comma after its
 * descriptors that is not inside parentheses, end the candidate. (Splitting at a comma inside
 * parentheses would find candidates that the browser never sees, and fetch them.)
 */
export function srcsetCandidates(value: string): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && SPACE_OR_COMMA.test(value[i] ?? '')) i++;
    if (i >= value.length) break;
    const urlStart = i;
    while (i < value.length && !SPACE.test(value[i] ?? '')) i++;
    let url = value.slice(urlStart, i);
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(TRAILING_COMMAS, '');
    } else {
      const descriptorStart = i;
      // As the standard's descriptor tokenizer: «(» opens, the next «)» closes, whatever came between.
      let inParens = false;
      for (; i < value.length && (value[i] !== ',' || inParens); i++) {
        if (value[i] === '(') inParens = true;
        else if (value[i] === ')') inParens = false;
      }
      descriptor = value.slice(descriptorStart, i).trim();
    }
    candidates.push({ url, descriptor });
  }
  return candidates;
}

/**
 * A srcset with only safe, absolute http(s) candidates and well-formed descriptors, or null when none
 * is left. Inline data images are for `src` alone. Serializing keeps each candidate whole when read again.
 */
export function resolveSafeSrcset(value: string, baseUrl: string): string | null {
  const kept: string[] = [];
  for (const { url, descriptor } of srcsetCandidates(value)) {
    if (descriptor !== '' && !SRCSET_DESCRIPTOR.test(descriptor)) continue;
    const safe = resolveSafeUrl(url, baseUrl);
    // A resolved URL has no white space; one that ends in a comma would lose it when read again.
    if (safe === null || safe.endsWith(',')) continue;
    kept.push(descriptor ? `${safe} ${descriptor}` : safe);
  }
  return kept.length > 0 ? kept.join(', ') : null;
}
