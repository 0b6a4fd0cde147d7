import { DROPPED_WITH_CONTENT } from '../sanitize/policy';

const UNSHOWN = DROPPED_WITH_CONTENT.join(', ');

/**
 * Removes from the article the elements whose content no reader page shows (scripts, styles,
 * frames, SVG and MathML, media left after `embedsToLinks`, …): the pages' sanitizer drops them
 * whole, and the article's text, word count and the test of whether it is an article at all must be
 * of what the reader will see.
 */
export function removeUnshownContent(content: Element): void {
  for (const element of Array.from(content.querySelectorAll(UNSHOWN))) element.remove();
}

const EVENT_HANDLER = /^on/i;

/**
 * Removes the event-handler attributes (`onerror`, `onclick`, …) from the article. The pages'
 * sanitizer drops them too, but parsing them at all in an extension page, even into DOMPurify's inert
 * document, makes Chrome report each one as an inline handler its CSP blocked.
 */
export function removeEventHandlers(content: Element): void {
  for (const element of [content, ...Array.from(content.getElementsByTagName('*'))]) {
    const { attributes } = element;
    for (let index = attributes.length - 1; index >= 0; index--) {
      const attribute = attributes[index];
      // By node, not by name: removeAttribute lower-cases the name, and a script can set «onFocus».
      if (attribute && EVENT_HANDLER.test(attribute.name)) element.removeAttributeNode(attribute);
    }
  }
}
