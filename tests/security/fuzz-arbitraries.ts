/**
 * fast-check arbitraries for the fuzz tests: mutations of a page's DOM, as a site's scripts or a
 * broken CMS could leave it, and HTML strings put together from tags, attributes, text and vectors.
 */
import fc from 'fast-check';

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
const MATHML_NAMESPACE = 'http://www.w3.org/1998/Math/MathML';
/**
 * Elements whose text the HTML serializer writes out unescaped. Nothing is moved into them: text
 * put there by a script would be read as markup when Readability serializes and parses the page
 * again (it does so on each retry), which makes new text out of markup, a case the text property
 * does not claim to cover. The sanitizer side of it is a vector test of its own.
 */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript']);

// — characters

/** Single characters a fuzzer should try: bidi controls, zero-width, controls, markup, white space. */
// prettier-ignore
const SPECIAL_CHARACTERS = [
  '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', // bidi embeddings, overrides, isolates
  '\u200E', '\u200F', '\u061C', // left-to-right, right-to-left and Arabic letter marks
  '\u200B', '\u200C', '\u200D', '\uFEFF', // zero-width space, non-joiner, joiner, byte order mark
  ' ', '\n', '\t', '\r', '\u00A0', '\u3000', '\u2028',
  '\u0000', '\u0001', '\u001F', '\u007F', '\u0085',
  '<', '>', '&', '"', "'", '=', '/', ':', ';', ',', '(', ')', '#', '%',
  '،', '؛', '؟', 'ـ', // Arabic comma, semicolon, question mark, tatweel
];

const codePoint = (from: number, to: number): fc.Arbitrary<string> =>
  fc.integer({ min: from, max: to }).map((code) => String.fromCodePoint(code));

/** One character: mostly Arabic letters and harakat, then Latin, digits, full-width forms, specials. */
const character: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: codePoint(0x0621, 0x064a) }, // Arabic letters «ء–ي»
  { weight: 1, arbitrary: codePoint(0x064b, 0x0652) }, // harakat, fathatan to sukun
  { weight: 1, arbitrary: codePoint(0x0660, 0x0669) }, // Arabic-Indic digits «٠–٩»
  { weight: 2, arbitrary: codePoint(0x61, 0x7a) }, // a–z
  { weight: 1, arbitrary: codePoint(0x30, 0x39) }, // 0–9
  { weight: 1, arbitrary: codePoint(0xff41, 0xff5a) }, // full-width a–z
  { weight: 1, arbitrary: codePoint(0x05d0, 0x05ea) }, // Hebrew letters
  { weight: 4, arbitrary: fc.constantFrom(...SPECIAL_CHARACTERS) },
);

export const randomText: fc.Arbitrary<string> = fc.string({ unit: character, maxLength: 24 });

// — attributes

// prettier-ignore
const ATTRIBUTE_NAMES = [
  'onclick', 'onerror', 'onload', 'onmouseover', 'onfocus', 'ontoggle', 'onanimationstart', 'ONERROR',
  'style', 'href', 'src', 'srcset', 'xlink:href', 'formaction', 'action', 'background', 'poster', 'ping',
  'srcdoc', 'id', 'name', 'class', 'data-src', 'dir', 'lang', 'title', 'alt', 'target', 'rel', 'width',
  'sizes', 'cite', 'is', 'hidden',
];
// prettier-ignore
const SCHEMES = [
  'javascript:', 'JaVaScRiPt:', ' javascript:', 'java\tscript:', '\u0001javascript:', 'vbscript:',
  'data:text/html,', 'data:image/svg+xml,', 'data:image/png;base64,', 'http://', 'https://', '//',
  'ftp://', 'file:///', 'blob:', 'x:', '', '#', '/', '?',
];
const PAYLOADS = [
  "window.__hibrPwned='fuzz'",
  'alert(1)',
  'url(http://127.0.0.1:47990/hit/fuzz)',
  'a.jpg 1x, b.jpg 2x',
];

export const attributeName: fc.Arbitrary<string> = fc.constantFrom(...ATTRIBUTE_NAMES);
export const attributeValue: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...SCHEMES), fc.oneof(fc.constantFrom(...PAYLOADS), randomText))
    .map(([s, rest]) => s + rest),
  fc.constantFrom(...PAYLOADS),
  randomText,
);

// — DOM mutations

export type Where = 'before' | 'after' | 'inside';

export type Mutation =
  | { kind: 'drop'; target: number }
  | { kind: 'duplicate'; target: number }
  | { kind: 'move'; target: number; to: number; where: Where }
  | { kind: 'inject'; vector: number; to: number; where: Where }
  | { kind: 'attribute'; target: number; name: string; value: string }
  | { kind: 'text'; to: number; where: Where; text: string }
  | { kind: 'wrap'; target: number; tag: string };

// prettier-ignore
const WRAP_TAGS = [
  'svg', 'math', 'table', 'tr', 'td', 'a', 'p', 'form', 'template', 'select', 'button', 'object', 'pre',
  'textarea', 'title', 'span', 'div', 'li', 'h1', 'figure', 'picture', 'details', 'marquee', 'font',
];

const where: fc.Arbitrary<Where> = fc.constantFrom('before', 'after', 'inside');

/** A mutation; `vectorCount` is the number of vectors `applyMutation` will be given. */
export function mutation(vectorCount: number): fc.Arbitrary<Mutation> {
  return fc.oneof(
    fc.record({ kind: fc.constant('drop' as const), target: fc.nat() }),
    fc.record({ kind: fc.constant('duplicate' as const), target: fc.nat() }),
    fc.record({ kind: fc.constant('move' as const), target: fc.nat(), to: fc.nat(), where }),
    fc.record({ kind: fc.constant('inject' as const), vector: fc.nat({ max: vectorCount - 1 }), to: fc.nat(), where }),
    fc.record({
      kind: fc.constant('attribute' as const),
      target: fc.nat(),
      name: attributeName,
      value: attributeValue,
    }),
    fc.record({ kind: fc.constant('text' as const), to: fc.nat(), where, text: randomText }),
    fc.record({ kind: fc.constant('wrap' as const), target: fc.nat(), tag: fc.constantFrom(...WRAP_TAGS) }),
  );
}

function inRawText(node: Node | null): boolean {
  for (let current = node; current; current = current.parentNode) {
    if (current.nodeType === 1 && RAW_TEXT.has((current as Element).localName)) return true;
  }
  return false;
}

/** The nodes under `<body>`, elements and texts, in document order. */
function bodyNodes(doc: Document): Node[] {
  const nodes: Node[] = [];
  const walker = doc.createTreeWalker(doc.body, 1 | 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
  return nodes;
}

function pick<T>(items: readonly T[], index: number): T | undefined {
  return items.length === 0 ? undefined : items[index % items.length];
}

/** Puts `nodes` before, after or inside `anchor`, unless that would place them in raw text or in themselves. */
function place(anchor: Node, position: Where, nodes: Node[]): void {
  const parent = position === 'inside' ? anchor : anchor.parentNode;
  if (!parent || inRawText(parent) || parent.nodeType !== 1) return;
  if (nodes.some((node) => node === parent || node.contains(parent))) return;
  if (position === 'inside') (anchor as Element).append(...nodes);
  else if (position === 'before') (anchor as ChildNode).before(...nodes);
  else (anchor as ChildNode).after(...nodes);
}

function createWrapper(doc: Document, tag: string): Element {
  if (tag === 'svg') return doc.createElementNS(SVG_NAMESPACE, 'svg');
  if (tag === 'math') return doc.createElementNS(MATHML_NAMESPACE, 'math');
  return doc.createElement(tag);
}

/** The nodes of an HTML string, parsed as a page's body would parse them, owned by `doc`. */
function parseInto(doc: Document, html: string): Node[] {
  const { DOMParser } = doc.defaultView as unknown as typeof globalThis;
  const parsed = new DOMParser().parseFromString(`<!DOCTYPE html><body>${html}`, 'text/html');
  return Array.from(parsed.body.childNodes, (node) => doc.importNode(node, true));
}

/** Applies `change` to `doc`, below its `<body>`; a change that does not fit the page does nothing. */
export function applyMutation(doc: Document, change: Mutation, vectors: readonly string[]): void {
  const nodes = bodyNodes(doc);
  const elements = [doc.body, ...nodes.filter((node): node is Element => node.nodeType === 1)];
  const anchorFor = (to: number, position: Where): Node | undefined =>
    position === 'inside' ? pick(elements, to) : pick(nodes, to);
  switch (change.kind) {
    case 'drop':
      (pick(nodes, change.target) as ChildNode | undefined)?.remove();
      break;
    case 'duplicate': {
      const target = pick(nodes, change.target);
      if (target) place(target, 'after', [target.cloneNode(true)]);
      break;
    }
    case 'move': {
      const target = pick(nodes, change.target);
      const anchor = anchorFor(change.to, change.where);
      if (target && anchor && target !== anchor) place(anchor, change.where, [target]);
      break;
    }
    case 'inject': {
      const anchor = anchorFor(change.to, change.where);
      const html = vectors[change.vector];
      if (anchor && html !== undefined) place(anchor, change.where, parseInto(doc, html));
      break;
    }
    case 'attribute':
      pick(elements, change.target)?.setAttribute(change.name, change.value);
      break;
    case 'text': {
      const anchor = anchorFor(change.to, change.where);
      if (anchor) place(anchor, change.where, [doc.createTextNode(change.text)]);
      break;
    }
    case 'wrap': {
      const target = pick(nodes, change.target);
      if (!target?.parentNode || inRawText(target.parentNode)) break;
      const wrapper = createWrapper(doc, change.tag);
      target.parentNode.replaceChild(wrapper, target);
      wrapper.append(target);
      break;
    }
  }
}

// — HTML strings

// prettier-ignore
const TAGS = [
  'p', 'a', 'div', 'span', 'b', 'pre', 'listing', 'img', 'br', 'table', 'tbody', 'tr', 'td', 'caption', 'col',
  'ul', 'li', 'h2', 'blockquote', 'figure', 'picture', 'source', 'select', 'option', 'form', 'button', 'input',
  'textarea', 'title', 'style', 'script', 'noscript', 'template', 'xmp', 'iframe', 'noembed', 'object',
  'svg', 'math', 'mtext', 'mglyph', 'foreignObject', 'annotation-xml', 'desc', 'path', 'frameset', 'body', 'head',
];
// prettier-ignore
const MARKUP = [
  '<!--', '-->', '<!-->', '--!>', '<![CDATA[', ']]>', '<?x ', '<!DOCTYPE html>', '&#13;', '&#0;', '&amp;',
  '&lt;', '&#x202E;', '&Tab;', '&nbsp;', '\n', '"', "'", '>', '</',
];

const quoted = (value: string, quote: string): string => quote + value.replaceAll(quote, '') + quote;
const attribute: fc.Arbitrary<string> = fc
  .tuple(attributeName, attributeValue, fc.constantFrom('"', "'", ''))
  .map(([name, value, quote]) => ` ${name}=${quote ? quoted(value, quote) : value.replace(/[\s>]/g, '') || 'x'}`);
const openTag: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 3 }))
  .map(([tag, attributes]) => `<${tag}${attributes.join('')}>`);
const closeTag: fc.Arbitrary<string> = fc.constantFrom(...TAGS).map((tag) => `</${tag}>`);

/** HTML put together from tags, attributes, markup fragments, text and the vectors given. */
export function fuzzHtml(vectors: readonly string[]): fc.Arbitrary<string> {
  const token = fc.oneof(
    { weight: 3, arbitrary: openTag },
    { weight: 2, arbitrary: closeTag },
    { weight: 3, arbitrary: randomText },
    { weight: 1, arbitrary: fc.constantFrom(...MARKUP) },
    { weight: 1, arbitrary: fc.constantFrom(...vectors) },
  );
  return fc.array(token, { maxLength: 16 }).map((tokens) => tokens.join(''));
}
