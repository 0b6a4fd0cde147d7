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

export function isBlockElement(node: Node): node is Element {
  return node.nodeType === 1 && BLOCK_ELEMENTS.has((node as Element).tagName);
}

/**
 * The text of `root`, one block per entry, as a reader sees it: each paragraph, heading, list item
 * or caption on a line of its own, a `<br>` ending a line, white space collapsed, empty lines dropped.
 */
export function textBlocks(root: Node): string[] {
  const blocks: string[] = [];
  let line = '';
  const flush = (): void => {
    const text = line.replace(WHITE_SPACE, ' ').trim();
    if (text !== '') blocks.push(text);
    line = '';
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        line += child.nodeValue ?? '';
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === 'BR') {
          flush();
        } else if (BLOCK_ELEMENTS.has(tag)) {
          flush();
          walk(child);
          flush();
        } else {
          walk(child);
        }
      }
    }
  };
  walk(root);
  flush();
  return blocks;
}
