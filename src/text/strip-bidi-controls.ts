/**
 * Bidi embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI): a page can use them
 * to make text display in an order other than the one it is stored in. Hibr sets each block's
 * direction itself, so they go; the marks LRM and RLM (U+200E, U+200F), common and harmless in
 * Arabic text, stay.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** The same for every text node under `root`. */
export function stripBidiControlsIn(root: Node): void {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    BIDI_CONTROLS.lastIndex = 0;
    if (BIDI_CONTROLS.test(value)) node.nodeValue = stripBidiControls(value);
  }
}
