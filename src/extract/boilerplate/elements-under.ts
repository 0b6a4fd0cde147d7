/** `NodeFilter.SHOW_ELEMENT`, spelled out: the command line has no `NodeFilter` global. */
const SHOW_ELEMENT = 0x1;

/**
 * The elements inside `root` (not `root` itself) that `accept`, in document order, as a list the
 * caller may change the tree under. One walk with plain checks: under jsdom, a selector such as
 * `[class*="…"]` takes tens of milliseconds on a news page, a walk a few; in a browser both are quick.
 */
export function elementsUnder(root: Node, accept: (element: Element) => boolean): Element[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT);
  const found: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (accept(node as Element)) found.push(node as Element);
  }
  return found;
}
