import createDOMPurify, { type DOMPurify } from 'dompurify';
import { ALLOWED_ATTR, ALLOWED_TAGS } from './policy';
import { resolveSafeSrcset, resolveSafeUrl } from './resolve-url';

/** Attributes that hold one URL, checked and made absolute here rather than trusted to DOMPurify's pattern. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);

interface Sanitizer {
  purify: DOMPurify;
  /** The base of the page being sanitized; hooks read it, and sanitizing is synchronous. */
  baseUrl: string;
}

const sanitizers = new WeakMap<Window, Sanitizer>();

function createSanitizer(window: Window): Sanitizer {
  const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  const sanitizer: Sanitizer = { purify, baseUrl: 'about:blank' };
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    const name = data.attrName;
    if (URL_ATTRIBUTES.has(name)) {
      const allowData = name === 'src' && node.nodeName === 'IMG';
      const safe = resolveSafeUrl(data.attrValue, sanitizer.baseUrl, allowData);
      if (safe === null) data.keepAttr = false;
      else data.attrValue = safe;
    } else if (name === 'srcset') {
      const safe = resolveSafeSrcset(data.attrValue, sanitizer.baseUrl);
      if (safe === null) data.keepAttr = false;
      else data.attrValue = safe;
    }
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') {
      if (node.hasAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      } else {
        node.removeAttribute('target');
        node.removeAttribute('rel');
      }
    } else {
      node.removeAttribute('target');
      node.removeAttribute('rel');
    }
  });
  return sanitizer;
}

function sanitizerFor(window: Window): Sanitizer {
  let sanitizer = sanitizers.get(window);
  if (!sanitizer) {
    sanitizer = createSanitizer(window);
    sanitizers.set(window, sanitizer);
  }
  return sanitizer;
}

const CONFIG = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // URLs are checked in the hook above; this pattern is a second lock on the same door.
  ALLOWED_URI_REGEXP: /^(?:https?:\/\/|data:image\/(?:png|jpeg|jpg|gif|webp|avif)[;,])/i,
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
  FORBID_TAGS: ['style', 'script', 'noscript', 'template', 'iframe', 'frame', 'object', 'embed', 'form', 'svg', 'math'],
  FORBID_ATTR: ['style', 'id', 'name', 'class'],
};

/**
 * Article HTML made safe to show in an extension page: only the policy's elements and attributes,
 * only http(s) URLs made absolute against `baseUrl`, links opening in a new tab without opener.
 * Sanitizing its own output changes nothing.
 */
export function sanitizeArticleHtml(dirty: string | Node, window: Window, baseUrl: string): string {
  const sanitizer = sanitizerFor(window);
  sanitizer.baseUrl = baseUrl;
  return sanitizer.purify.sanitize(dirty, { ...CONFIG, RETURN_TRUSTED_TYPE: false }) as string;
}

/** The same, returned as a fragment of `window`'s document, for callers that go on working on the DOM. */
export function sanitizeArticleFragment(dirty: string | Node, window: Window, baseUrl: string): DocumentFragment {
  const sanitizer = sanitizerFor(window);
  sanitizer.baseUrl = baseUrl;
  return sanitizer.purify.sanitize(dirty, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
}
