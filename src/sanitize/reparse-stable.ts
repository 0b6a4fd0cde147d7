/**
 * Elements whose text the HTML serializer writes out unescaped. A script can put markup-looking text
 * in them («</xmp><img onerror=…>») that parsing the serialization would turn into markup; the
 * sanitizer drops them with their content anyway, so they go before the node is serialized.
 */
// prettier-ignore
const RAW_TEXT_ELEMENTS = new Set([
  'script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript', 'template',
]);
/**
 * Elements whose content the parser reads as text only: a script can put elements in them, whose
 * tags would come back as text. Their text is what they hold, so that is what they keep.
 */
const TEXT_ONLY_ELEMENTS = new Set(['textarea', 'title']);
/** A carriage return, alone or before a line feed: the parser reads either as one line feed. */
const CARRIAGE_RETURN = /\r\n?/g;
/** Line feeds at the start of a `<pre>`: the parser drops the first one each time the HTML is read. */
const LEADING_LINE_FEEDS = /^\n+/;
const DOCUMENT_NODE = 9;
const SHOW_ELEMENT = 1;
const SHOW_TEXT = 4;

/**
 * The elements under `root` whose local name is in `names`. A tree walk rather than
 * `querySelectorAll`: jsdom gives each new document a selector engine that listens on the window
 * for good, and the sanitizer parses a new document every time.
 */
function elementsNamed(root: Node, names: ReadonlySet<string>): Element[] {
  const found: Element[] = [];
  const doc = root.nodeType === DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
  if (!doc) return found;
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (names.has((node as Element).localName)) found.push(node as Element);
  }
  return found;
}

/** Serialized child nodes of `root`: the one place the sanitizer turns a tree into HTML. */
export function serializeChildren(root: Element): string {
  // eslint-disable-next-line no-restricted-properties -- the sanitizer's own output, read back by itself
  return root.innerHTML;
}

/**
 * A DOM node as HTML, for the sanitizer to parse again: a tree built by a page's scripts (a `<p>`
 * inside a `<p>`, a link inside a link) serializes to HTML that parses into a different tree, and
 * the sanitizer has to judge the tree that the reader will get from the HTML, not the one it was given.
 */
export function serializeNode(node: Node): string {
  const root = node.nodeType === DOCUMENT_NODE ? (node as Document).documentElement : node;
  if (!root?.ownerDocument) return '';
  // An HTML document of its own, so that the serialization is HTML even for a page served as XHTML.
  const doc = root.ownerDocument.implementation.createHTMLDocument('');
  const holder = doc.createElement('template');
  holder.content.append(doc.importNode(root, true));
  for (const element of elementsNamed(holder.content, RAW_TEXT_ELEMENTS)) element.remove();
  for (const element of elementsNamed(holder.content, TEXT_ONLY_ELEMENTS)) {
    if (element.childElementCount > 0) element.replaceChildren(element.textContent);
  }
  // eslint-disable-next-line no-restricted-properties -- serialized only to be parsed and sanitized
  return holder.innerHTML;
}

/**
 * Makes the text of `root` what the parser would make of its serialization, so that sanitizing the
 * output again gives the same HTML: adjacent texts joined, carriage returns (from `&#13;`) turned
 * into line feeds, and the line feeds at the start of a `<pre>` dropped.
 */
export function normalizeForReparse(root: Element): void {
  root.normalize();
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
    if (text.data.includes('\r')) text.data = text.data.replace(CARRIAGE_RETURN, '\n');
  }
  for (const pre of Array.from(root.getElementsByTagName('pre'))) {
    const first = pre.firstChild;
    if (first?.nodeType !== 3) continue;
    const text = first as Text;
    text.data = text.data.replace(LEADING_LINE_FEEDS, '');
    if (text.data === '') text.remove();
  }
}

/** Carriage returns in an attribute value made line feeds, as the parser reads them. */
export function normalizeAttributeValue(value: string): string {
  return value.includes('\r') ? value.replace(CARRIAGE_RETURN, '\n') : value;
}
