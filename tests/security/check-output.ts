import { JSDOM, VirtualConsole, requestInterceptor } from 'jsdom';

/**
 * What sanitized article HTML may hold, written out here again rather than imported from
 * src/sanitize/policy.ts: a change to the policy then has to be made in both places, on purpose.
 */
// prettier-ignore
const ALLOWED_TAGS = new Set([
  'article', 'section', 'div', 'span', 'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'q', 'cite', 'pre', 'code', 'kbd', 'samp', 'strong', 'b', 'em', 'i', 'u', 's', 'del', 'ins',
  'mark', 'small', 'sub', 'sup', 'abbr', 'time', 'bdi', 'bdo', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'a', 'figure', 'figcaption', 'img', 'picture', 'source',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'colgroup', 'col',
]);
// prettier-ignore
const ALLOWED_ATTR = new Set([
  'href', 'src', 'srcset', 'cite', 'alt', 'title', 'dir', 'lang', 'sizes', 'media', 'type',
  'width', 'height', 'colspan', 'rowspan', 'scope', 'headers', 'span', 'datetime', 'start', 'reversed',
  'target', 'rel',
]);
const URL_ATTR = new Set(['href', 'src', 'cite']);
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
/** Inline images the policy allows: raster formats only, never SVG. */
const DATA_IMAGE = /^data:image\/(?:png|jpeg|jpg|gif|webp|avif)(?:;base64)?,/i;
const SRCSET_SPACE = /[\t\n\f\r ]/;
/** The path of a request that reports a vector's success (tests/security/vectors.ts). */
const HIT_PATH = '/hit/';

/** `value` is an absolute http(s) URL. */
function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** `url` is a `/hit/` URL of tests/security/vectors.ts: fetching it reports a vector's success. */
function hitsAttacker(url: string): boolean {
  try {
    return new URL(url).pathname.startsWith(HIT_PATH);
  } catch {
    return false;
  }
}

/**
 * The URLs of a srcset as a browser reads them (HTML standard, «parse a srcset attribute»): written
 * here independently of src/sanitize/resolve-url.ts, so that a shared mistake is less likely.
 */
export function srcsetUrls(value: string): string[] {
  const urls: string[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && (SRCSET_SPACE.test(value[i] ?? '') || value[i] === ',')) i++;
    if (i >= value.length) break;
    const start = i;
    while (i < value.length && !SRCSET_SPACE.test(value[i] ?? '')) i++;
    const url = value.slice(start, i);
    urls.push(url.replace(/,+$/, ''));
    if (url.endsWith(',')) continue;
    let inParens = false;
    for (; i < value.length && (value[i] !== ',' || inParens); i++) {
      if (value[i] === '(') inParens = true;
      else if (value[i] === ')') inParens = false;
    }
  }
  return urls;
}

/** Problems with one element of sanitized output: each a sentence naming the element. */
function elementFindings(element: Element): string[] {
  const findings: string[] = [];
  const tag = element.localName;
  if (element.namespaceURI !== HTML_NAMESPACE) findings.push(`<${tag}> in namespace ${element.namespaceURI}`);
  if (!ALLOWED_TAGS.has(tag)) findings.push(`<${tag}> is not allowed`);
  for (const { name, value } of Array.from(element.attributes)) {
    if (name.startsWith('on')) findings.push(`<${tag} ${name}> is an event handler`);
    else if (!ALLOWED_ATTR.has(name)) findings.push(`<${tag} ${name}> is not allowed`);
    const urls = name === 'srcset' ? srcsetUrls(value) : URL_ATTR.has(name) ? [value] : [];
    for (const url of urls) {
      const inlineImage = tag === 'img' && name === 'src' && DATA_IMAGE.test(url);
      if (!inlineImage && !isWebUrl(url)) findings.push(`<${tag} ${name}="${url}"> is not an absolute http(s) URL`);
      const fetched = name === 'src' || name === 'srcset';
      if (fetched && hitsAttacker(url)) findings.push(`<${tag} ${name}="${url}"> fetches the attacker's hit URL`);
    }
  }
  if (tag === 'a' && element.hasAttribute('href')) {
    if (element.getAttribute('target') !== '_blank') findings.push(`<a href> without target="_blank"`);
    if (element.getAttribute('rel') !== 'noopener noreferrer')
      findings.push(`<a href> without rel="noopener noreferrer"`);
  }
  return findings;
}

/**
 * Everything wrong with `html` as sanitized article HTML, read the way an extension page reads it
 * (a no-quirks document): an empty list when it is safe.
 */
export function unsafeFindings(html: string, window: Window): string[] {
  const findings: string[] = [];
  if (/<script/i.test(html)) findings.push('the HTML contains «<script»');
  const { DOMParser } = window as unknown as typeof globalThis;
  const doc = new DOMParser().parseFromString(`<!DOCTYPE html><body>${html}`, 'text/html');
  if (doc.head.childNodes.length > 0) findings.push('the HTML puts something in <head>');
  // getElementsByTagName, not querySelectorAll: in jsdom a selector engine on a new document listens
  // on the window for good, and this runs once per fuzz case.
  for (const element of Array.from(doc.body.getElementsByTagName('*'))) findings.push(...elementFindings(element));
  return findings;
}

/** Every event an inline handler in the vectors could wait for. */
// prettier-ignore
const EVENT_TYPES = [
  'load', 'error', 'click', 'focus', 'blur', 'mouseover', 'pointerenter', 'toggle', 'animationstart',
  'begin', 'start', 'submit', 'input', 'change', 'scroll',
];

export interface ReaderRun {
  /** What a payload set `window.__hibrPwned` to; undefined if none ran. */
  pwned: unknown;
  /** Every URL the page asked to load. */
  requests: string[];
}

/**
 * Loads `html` into a page that runs scripts (jsdom, `runScripts: 'dangerously'`), as the reader
 * would show it, fires every event of `EVENT_TYPES` at every element and clicks it, and reports
 * whether any payload ran and what the page tried to load. jsdom loads scripts, stylesheets and
 * frames, not images (that needs the `canvas` package): images are judged by `unsafeFindings`.
 */
export async function runInReader(html: string): Promise<ReaderRun> {
  const requests: string[] = [];
  const dom = new JSDOM(
    `<!DOCTYPE html><html lang="ar" dir="rtl"><head></head><body><main>${html}</main></body></html>`,
    {
      url: 'https://reader.hibr.test/reader.html',
      runScripts: 'dangerously',
      virtualConsole: new VirtualConsole(),
      resources: {
        interceptors: [
          requestInterceptor((request) => {
            requests.push(request.url);
            return Promise.resolve(new Response('', { status: 404 }));
          }),
        ],
      },
    },
  );
  const { window } = dom;
  await new Promise<void>((resolve) => {
    if (window.document.readyState === 'complete') resolve();
    else window.addEventListener('load', () => resolve());
  });
  for (const element of Array.from(window.document.querySelectorAll('*'))) {
    for (const type of EVENT_TYPES) element.dispatchEvent(new window.Event(type, { bubbles: true }));
    (element as HTMLElement).click?.();
  }
  const pwned: unknown = (window as unknown as { __hibrPwned?: unknown }).__hibrPwned;
  window.close();
  return { pwned, requests };
}
