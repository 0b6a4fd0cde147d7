/**
 * The page's JSON-LD, read safely. Everything in it is written by the page: a reader of these nodes
 * checks each value's type before using it, through the helpers below.
 */

/** One JSON-LD object: keys are the page's, values unknown until checked. */
export type JsonLdNode = Readonly<Record<string, unknown>>;

/** Wrappers some CMSs put around the JSON: «<![CDATA[ … ]]>» (BBC) and «<!-- … -->», with or without «//». */
const WRAPPER = /^\s*(?:\/\/\s*)?(?:<!\[CDATA\[|<!--)|(?:\/\/\s*)?(?:\]\]>|-->)\s*$/g;
/** Raw control characters: a literal line break inside a JSON string (seen in headlines) breaks JSON.parse. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001F]+/g;
/** HTML entities left inside JSON strings by templates that escape for HTML: «&quot;», «&#160;», «&#x27;». */
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(quot|amp|apos|lt|gt|nbsp));/gi;
/** Tags left inside JSON strings: «<b>عاجل</b>». */
const TAG = /<[^<>]{0,200}>/g;
const WHITE_SPACE = /\s+/g;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  quot: '"',
  amp: '&',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: ' ',
};
/** Guards against pages that ship megabytes of JSON-LD or thousands of nodes. */
const MAX_SCRIPT_LENGTH = 2_000_000;
const MAX_NODES = 500;
const MAX_DEPTH = 6;

function parseLenient(text: string): unknown {
  const unwrapped = text.replace(WRAPPER, '').trim();
  if (unwrapped === '') return undefined;
  try {
    return JSON.parse(unwrapped);
  } catch {
    // Control characters are only legal as white space between tokens, where a space does as well.
  }
  try {
    return JSON.parse(unwrapped.replace(CONTROL_CHARACTERS, ' '));
  } catch {
    return undefined;
  }
}

export function isJsonLdNode(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function collect(value: unknown, into: JsonLdNode[], depth: number): void {
  if (depth > MAX_DEPTH || into.length >= MAX_NODES) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into, depth + 1);
    return;
  }
  if (!isJsonLdNode(value)) return;
  into.push(value);
  collect(jsonLdProperty(value, '@graph'), into, depth + 1);
}

/** Every top-level JSON-LD object of the page, with `@graph` and arrays flattened, in document order. */
export function readJsonLd(doc: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  try {
    for (const script of Array.from(doc.getElementsByTagName('script'))) {
      const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
      if (!type.startsWith('application/ld+json')) continue;
      const text = script.textContent ?? '';
      if (text.length > MAX_SCRIPT_LENGTH) continue;
      collect(parseLenient(text), nodes, 0);
    }
  } catch {
    // A broken DOM gives what was read so far.
  }
  return nodes;
}

/** An own property only: a page's `{"constructor": …}` must not reach Object.prototype. */
export function jsonLdProperty(node: JsonLdNode, key: string): unknown {
  return Object.hasOwn(node, key) ? node[key] : undefined;
}

/** The node's `@type` values (a string or an array of strings). */
export function jsonLdTypes(node: JsonLdNode): string[] {
  const type = jsonLdProperty(node, '@type');
  const types = Array.isArray(type) ? type : [type];
  return types.filter((item): item is string => typeof item === 'string').map((item) => item.trim());
}

function decodeEntity(entity: string, decimal?: string, hex?: string, name?: string): string {
  const code = decimal !== undefined ? Number(decimal) : hex !== undefined ? parseInt(hex, 16) : NaN;
  if (Number.isInteger(code) && code > 0 && code <= 0x10ffff) return String.fromCodePoint(code);
  return name !== undefined ? (NAMED_ENTITIES[name.toLowerCase()] ?? entity) : entity;
}

/** A text value: strings (and numbers) trimmed, without tags or HTML entities; '' for anything else. */
export function jsonLdText(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return '';
  return value.replace(TAG, ' ').replace(ENTITY, decodeEntity).replace(WHITE_SPACE, ' ').trim();
}

/** Names in a value that is a name, a node with `name`, or an array of those (authors, publishers). */
export function jsonLdNames(value: unknown, depth = 0): string[] {
  if (depth > 3) return [];
  if (Array.isArray(value)) return value.flatMap((item) => jsonLdNames(item, depth + 1));
  if (isJsonLdNode(value)) return jsonLdNames(jsonLdProperty(value, 'name'), depth + 1);
  const text = jsonLdText(value);
  return text === '' ? [] : [text];
}

/** Article-like types: NewsArticle, ReportageNewsArticle, AnalysisNewsArticle, BlogPosting, Report … */
const ARTICLE_TYPE = /(?:Article|BlogPosting|Report)$/;

/** Nodes that describe an article, in document order. */
export function articleNodes(nodes: readonly JsonLdNode[]): JsonLdNode[] {
  return nodes.filter((node) => jsonLdTypes(node).some((type) => ARTICLE_TYPE.test(type)));
}
