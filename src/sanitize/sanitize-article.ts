import type { Article } from '../extract/types';
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import {
  ALLOWED_ATTR,
  ALLOWED_TAGS,
  ELEMENT_ATTR,
  FORBID_ATTR,
  FORBID_TAGS,
  GLOBAL_ATTR,
  PLAIN_ATTR,
  URL_ATTR,
} from './policy';
import { normalizeAttributeValue, normalizeForReparse, serializeChildren, serializeNode } from './reparse-stable';
import { resolveSafeSrcset, resolveSafeUrl } from './resolve-url';

const URL_ATTRIBUTES = new Set(URL_ATTR);
const GLOBAL_ATTRIBUTES = new Set(GLOBAL_ATTR);
const ELEMENT_NODE = 1;
const WHOLE_PAGE_ELEMENTS = new Set(['html', 'body']);

/** Whether `tag` (lower case) may keep attribute `name`: global, or one of its own. */
function attributeFits(tag: string, name: string): boolean {
  return GLOBAL_ATTRIBUTES.has(name) || (ELEMENT_ATTR[tag]?.includes(name) ?? false);
}

const CONFIG: Config & { RETURN_DOM: true } = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  FORBID_TAGS,
  FORBID_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // DOMPurify tests every attribute it does not know as URI-safe against ALLOWED_URI_REGEXP, which
  // would drop dir="rtl" or width="600"; these hold no URL, so they skip it.
  ADD_URI_SAFE_ATTR: PLAIN_ATTR,
  // URLs are checked and made absolute in the attribute hook (createSanitizer); this pattern is a second
  // lock on the same door.
  ALLOWED_URI_REGEXP: /^(?:https?:\/\/|data:image\/(?:png|jpeg|jpg|gif|webp|avif)[;,])/i,
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
  RETURN_DOM: true,
};

interface Sanitizer {
  purify: DOMPurify;
  /**
   * A no-quirks document, made once, whose `<html>` element parses HTML as the extension pages will
   * (see `readsBackAsItself`): a new document for every check cost more than the parse itself.
   */
  readBack: Document;
  /** The base of the page being sanitized; hooks read it, and sanitizing is synchronous. */
  baseUrl: string;
}

const sanitizers = new WeakMap<Window, Sanitizer>();

function createSanitizer(window: Window): Sanitizer {
  const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  // DOMPurify given something that is not a window returns its input untouched. A page can make
  // `document.defaultView` return one of its own elements (`<img name="defaultView">`), so refuse.
  if (!purify.isSupported) throw new TypeError('sanitizeArticleHtml needs a window with a DOM');
  const { DOMParser } = window as Window & typeof globalThis;
  // Set once: passed to each call, the configuration would be read into new sets every time.
  purify.setConfig(CONFIG);
  const readBack = new DOMParser().parseFromString(NO_QUIRKS, 'text/html');
  const sanitizer: Sanitizer = { purify, readBack, baseUrl: 'about:blank' };
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    const name = data.attrName;
    const tag = node.nodeName.toLowerCase();
    if (!attributeFits(tag, name)) {
      data.keepAttr = false;
      return;
    }
    data.attrValue = normalizeAttributeValue(data.attrValue);
    if (URL_ATTRIBUTES.has(name)) {
      const allowData = name === 'src' && tag === 'img';
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
    if (node.nodeName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
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

/**
 * Read as a document in no-quirks mode, as the extension pages (`<!doctype html>`) read the article:
 * in quirks mode a `<table>` stays inside a `<p>`, in no-quirks mode it closes it.
 */
const NO_QUIRKS = '<!DOCTYPE html>';
/** Passes after which HTML that still changes when sanitized again is reduced to its text. */
const MAX_PASSES = 4;

interface Sanitized {
  html: string;
  /** The sanitized tree, whose serialization is `html`; null when nothing is left. */
  body: Element | null;
}

function sanitizeOnce(sanitizer: Sanitizer, dirty: string | Node): Sanitized {
  const input = typeof dirty === 'string' ? NO_QUIRKS + dirty : dirty;
  // The configuration set in createSanitizer applies; passing it here only gives the call its type.
  const body = sanitizer.purify.sanitize(input, CONFIG) as Element | null;
  if (!body) return { html: '', body: null };
  normalizeForReparse(body);
  return { html: serializeChildren(body), body };
}

/**
 * Whether DOMPurify may be given `node` itself, which saves serializing it and parsing the HTML: an
 * element of an HTML document (the serialization of an XHTML one is not HTML), not its `<body>` or
 * `<html>`, with no `<textarea>` holding elements, whose tags the parser would read as text. What
 * the sanitizer keeps of such a tree may still parse into another one (a `<p>` put inside a `<p>` by
 * script); that is caught below.
 */
function canSanitizeAsTree(node: Node): boolean {
  if (node.nodeType !== ELEMENT_NODE || node.ownerDocument?.contentType !== 'text/html') return false;
  // DOMPurify takes an imported `<body>` or `<html>` as its own root, which it cannot remove nodes from.
  if (WHOLE_PAGE_ELEMENTS.has((node as Element).localName)) return false;
  const textareas = (node as Element).getElementsByTagName('textarea');
  for (const textarea of Array.from(textareas)) {
    if (textarea.childElementCount > 0) return false;
  }
  return true;
}

/**
 * Whether `html` parses back into a tree that serializes as `html`. For the sanitizer's own output
 * that is enough for sanitizing it again to change nothing: every element and attribute in it has
 * passed the policy, and its URLs are already absolute. A parse is far cheaper than a sanitizing pass,
 * and the fuzz tests check the fixed point itself.
 * HTML set as the content of an `<html>` element is parsed as a whole document is after its doctype
 * (white space before the body dropped, head elements put in a head, the rest in the body), in the
 * mode and with the scripting of the document the element is in: no-quirks, no scripting.
 */
function readsBackAsItself(sanitizer: Sanitizer, html: string): boolean {
  const { documentElement } = sanitizer.readBack;
  // eslint-disable-next-line no-restricted-properties -- parsed in an inert document, only to be compared
  documentElement.innerHTML = html;
  const readBack = sanitizer.readBack.body ? serializeChildren(sanitizer.readBack.body) : '';
  documentElement.replaceChildren();
  return readBack === html;
}

/**
 * Sanitizes until sanitizing again changes nothing. Removing an element keeps its content, which can
 * leave a tree that the parser would not build (`<p>x<button><p>y</button>` becomes a `<p>` in a
 * `<p>`); its HTML then parses into another tree, so such output is sanitized again until it is
 * stable. Output that reads back as itself is stable already, and takes no second pass.
 */
function sanitizeToFixedPoint(dirty: string | Node, window: Window, baseUrl: string): Sanitized {
  const sanitizer = sanitizerFor(window);
  sanitizer.baseUrl = baseUrl;
  let input: string | Node = typeof dirty === 'string' || canSanitizeAsTree(dirty) ? dirty : serializeNode(dirty);
  let last: Sanitized = { html: '', body: null };
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    last = sanitizeOnce(sanitizer, input);
    if (last.html === input || readsBackAsItself(sanitizer, last.html)) return last;
    input = last.html;
  }
  if (!last.body) return last;
  const paragraph = last.body.ownerDocument.createElement('p');
  paragraph.textContent = last.body.textContent;
  last.body.replaceChildren(paragraph);
  return { html: serializeChildren(last.body), body: last.body };
}

/**
 * Article HTML made safe to show in an extension page: only the policy's elements and attributes,
 * only http(s) URLs made absolute against `baseUrl`, links opening in a new tab without opener.
 * A fixed point: sanitizing the output again (against any base: its URLs are absolute) returns it unchanged.
 */
export function sanitizeArticleHtml(dirty: string | Node, window: Window, baseUrl: string): string {
  return sanitizeToFixedPoint(dirty, window, baseUrl).html;
}

/** The same, as a fragment of `window`'s document, for callers that go on working on the DOM. */
export function sanitizeArticleFragment(dirty: string | Node, window: Window, baseUrl: string): DocumentFragment {
  const { body } = sanitizeToFixedPoint(dirty, window, baseUrl);
  const fragment = window.document.createDocumentFragment();
  while (body?.firstChild) fragment.appendChild(body.firstChild);
  return fragment;
}

/** `article` with its HTML sanitized against its own address: the form in which Hibr stores articles. */
export function sanitizeArticle(article: Article, window: Window): Article {
  return { ...article, html: sanitizeArticleHtml(article.html, window, article.url) };
}
