/**
 * What article HTML may contain once Hibr has sanitized it: the elements and attributes an article
 * needs, and nothing else. SECURITY.md explains each choice.
 */
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

export const ALLOWED_ATTR = [
  'href', 'src', 'srcset', 'sizes', 'alt', 'title', 'dir', 'lang',
  'width', 'height', 'colspan', 'rowspan', 'scope', 'headers', 'span',
  'datetime', 'cite', 'start', 'reversed', 'type', 'media',
  // set by Hibr itself on links, after sanitizing
  'target', 'rel',
];

/** Schemes a link or image may use: the web, nothing else (no javascript:, vbscript:, data:, file:, blob:). */
export const SAFE_URL = /^https?:\/\//i;

/** Images may also be inline raster data: PNG, JPEG, GIF, WebP or AVIF, never SVG (it can carry script). */
export const SAFE_DATA_IMAGE = /^data:image\/(?:png|jpeg|jpg|gif|webp|avif)(?:;base64)?,/i;
