/**
 * What article HTML may contain once Hibr has sanitized it: the elements and attributes an article
 * needs, and nothing else. SECURITY.md explains each choice; tests/unit/security/ checks the output
 * against its own copy of these lists, so a change here has to be made there too, on purpose.
 * (The lists are grouped by purpose, a few names to a line, hence `prettier-ignore`.)
 */
// prettier-ignore
export const ALLOWED_TAGS = [
  // structure and text
  'article', 'section', 'div', 'span', 'p', 'br', 'hr',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'q', 'cite', 'pre', 'code', 'kbd', 'samp',
  'strong', 'b', 'em', 'i', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup', 'abbr', 'time', 'bdi', 'bdo',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  // links and media
  'a', 'figure', 'figcaption', 'img', 'picture', 'source',
  // tables
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'colgroup', 'col',
];

/** Attributes that hold one URL: each is resolved and checked by `resolveSafeUrl`, never passed through. */
export const URL_ATTR = ['href', 'src', 'cite'];

/** Attributes that hold a list of image candidates, each checked like a URL (`resolveSafeSrcset`). */
export const SRCSET_ATTR = ['srcset'];

/** Attributes any element may keep: text and its direction and language. */
export const GLOBAL_ATTR = ['title', 'dir', 'lang'];

/**
 * The other attributes, each only on the elements where HTML gives it a meaning. None of them runs
 * or fetches anything but the URL attributes above; `target` and `rel` on a link are set by the
 * sanitizer itself (`target="_blank" rel="noopener noreferrer"`), whatever the page said.
 */
export const ELEMENT_ATTR: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'target', 'rel'],
  img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height'],
  source: ['srcset', 'sizes', 'media', 'type', 'width', 'height'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  time: ['datetime'],
  ol: ['start', 'reversed', 'type'],
  td: ['colspan', 'rowspan', 'headers'],
  th: ['colspan', 'rowspan', 'headers', 'scope'],
  col: ['span'],
  colgroup: ['span'],
};

export const ALLOWED_ATTR = Array.from(new Set([...GLOBAL_ATTR, ...Object.values(ELEMENT_ATTR).flat()]));

/** Attributes that hold no URL, which DOMPurify must not test against its URL pattern. */
export const PLAIN_ATTR = ALLOWED_ATTR.filter((name) => !URL_ATTR.includes(name) && !SRCSET_ATTR.includes(name));

/**
 * Named here although the allowlists above already leave them out, so that a later widening of the
 * allowlists cannot let them back in: code, frames, forms, plugins, foreign markup and styles.
 */
// prettier-ignore
export const FORBID_TAGS = [
  'script', 'style', 'link', 'meta', 'base', 'noscript', 'template', 'iframe', 'frame', 'frameset',
  'object', 'embed', 'applet', 'form', 'input', 'button', 'textarea', 'select', 'svg', 'math',
  'video', 'audio',
];
/**
 * Elements the sanitizer removes together with everything inside them: DOMPurify's default
 * FORBID_CONTENTS, less `colgroup` and `thead`, which the policy allows. Nothing in them reaches the
 * reader, so extraction drops them as well (`removeUnshownContent`), and an article's text is the
 * text its HTML shows. tests/unit/security/ checks the list against what the sanitizer does.
 */
// prettier-ignore
export const DROPPED_WITH_CONTENT = [
  'script', 'style', 'template', 'noscript', 'iframe', 'xmp', 'noembed', 'noframes', 'plaintext',
  'title', 'head', 'video', 'audio', 'selectedcontent',
  'svg', 'desc', 'foreignobject', 'math', 'mi', 'mn', 'mo', 'ms', 'mtext', 'annotation-xml',
];
export const FORBID_ATTR = ['style', 'id', 'name', 'class', 'srcdoc', 'formaction', 'action', 'ping', 'background'];

/** Schemes a link or image may use: the web, nothing else (no javascript:, vbscript:, data:, file:, blob:). */
export const SAFE_URL = /^https?:\/\//i;

/** Images may also be inline raster data: PNG, JPEG, GIF, WebP or AVIF, never SVG (it can carry script). */
export const SAFE_DATA_IMAGE = /^data:image\/(?:png|jpeg|jpg|gif|webp|avif)(?:;base64)?,/i;
