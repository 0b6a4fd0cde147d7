/** Elements that start a new line of text: the blocks of an article. */
const BLOCK_ELEMENTS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
const WHITE_SPACE = /\s+/g;
const NOT_WHITE_SPACE = /\S/;

export function isBlockElement(node: Node): node is Element {
  return node.nodeType === 1 && BLOCK_ELEMENTS.has((node as Element).tagName);
}

/** Blocks read from a tree, and whether they are all of its blocks. */
interface BlocksRead {
  blocks: string[];
  whole: boolean;
}

/** The blocks of `root` (see `textBlocks`), read until `stopAt` characters of text have been read. */
function readBlocks(root: Node, stopAt: number): BlocksRead {
  const blocks: string[] = [];
  let line = '';
  let read = 0;
  const flush = (): void => {
    const text = line.replace(WHITE_SPACE, ' ').trim();
    if (text !== '') blocks.push(text);
    line = '';
  };
  /** False once enough is read. */
  const walk = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        // Of a text longer than the room left, its leading white space and the room's worth after
        // it: collapsing the white space of a whole paragraph to read its first words was most of
        // the label check's time (`blockTextStart`).
        const leading = value.length > stopAt - read ? value.search(NOT_WHITE_SPACE) : -1;
        const part = leading < 0 ? value : value.slice(0, leading + stopAt - read);
        line += part;
        read += part.length;
        if (read >= stopAt) return false;
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === 'BR') {
          flush();
        } else if (BLOCK_ELEMENTS.has(tag)) {
          flush();
          if (!walk(child)) return false;
          flush();
        } else if (!walk(child)) {
          return false;
        }
      }
    }
    return true;
  };
  const whole = walk(root);
  flush();
  return { blocks, whole };
}

/**
 * The text of `root`, one block per entry, as a reader sees it: each paragraph, heading, list item
 * or caption on a line of its own, a `<br>` ending a line, white space collapsed, empty lines dropped.
 */
export function textBlocks(root: Node): string[] {
  return readBlocks(root, Infinity).blocks;
}

/**
 * The start of `textBlocks(root).join(' ')`, read from about `minLength` characters of the tree
 * rather than all of it: the whole text (`whole`), or a part of its start that the whole text
 * follows with a space, so no word is cut. The part may be empty.
 */
export function blockTextStart(root: Node, minLength: number): { text: string; whole: boolean } {
  const { blocks, whole } = readBlocks(root, minLength);
  const text = blocks.join(' ');
  if (whole) return { text, whole };
  // The last block may end inside a word or inside white space that the whole text collapses.
  return { text: text.slice(0, Math.max(0, text.lastIndexOf(' '))), whole };
}
