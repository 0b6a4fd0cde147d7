/** The light children a `<slot>` shows: those naming it, or for the unnamed slot those naming none. */
function slotted(lightChildren: readonly Node[], slotName: string): Node[] {
  return lightChildren.filter((node) => {
    const name = node.nodeType === 1 ? ((node as Element).getAttribute('slot') ?? '') : '';
    return name === slotName;
  });
}

/** Writes a shadow tree into the copy of its host, with the host's light children in their slots. */
function flattenInto(copy: Element, shadow: ShadowRoot): void {
  const doc = copy.ownerDocument;
  const lightChildren = Array.from(copy.childNodes);
  const content = doc.createDocumentFragment();
  content.append(...Array.from(shadow.childNodes, (node) => doc.importNode(node, true)));
  for (const slot of Array.from(content.querySelectorAll('slot'))) {
    const assigned = slotted(lightChildren, slot.getAttribute('name') ?? '');
    slot.replaceWith(...(assigned.length > 0 ? assigned : Array.from(slot.childNodes)));
  }
  copy.replaceChildren(content);
}

/** `NodeFilter.SHOW_ELEMENT`, spelled out: the command line has no `NodeFilter` global. */
const SHOW_ELEMENT = 0x1;

function hasOpenShadowRoot(doc: Document): boolean {
  const walker = doc.createTreeWalker(doc, SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Element).shadowRoot) return true;
  }
  return false;
}

/**
 * A copy of the page for Readability to take apart, with the content of open shadow roots written
 * into their hosts: `cloneNode` leaves shadow trees behind, and some sites render the article body
 * inside a web component. Closed shadow roots stay unreadable, as they are meant to be; shadow roots
 * nested inside shadow roots are not followed.
 */
export function clonePage(live: Document): Document {
  const clone = live.cloneNode(true) as Document;
  if (!hasOpenShadowRoot(live)) return clone;
  // Live and cloned trees list their elements in the same order, so walking both in step pairs each
  // element with its copy. Hosts are collected first: flattening changes the copy's tree.
  const liveWalker = live.createTreeWalker(live, SHOW_ELEMENT);
  const cloneWalker = clone.createTreeWalker(clone, SHOW_ELEMENT);
  const hosts: [ShadowRoot, Element][] = [];
  for (let host = liveWalker.nextNode(); host; host = liveWalker.nextNode()) {
    const copy = cloneWalker.nextNode();
    const shadow = (host as Element).shadowRoot;
    if (shadow && copy) hosts.push([shadow, copy as Element]);
  }
  for (const [shadow, copy] of hosts) flattenInto(copy, shadow);
  return clone;
}
