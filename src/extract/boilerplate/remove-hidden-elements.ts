import { countWords } from '../reading-time';

/**
 * Utility classes that hide an element at every screen size: Bootstrap 4–5 «d-none», Bootstrap 3
 * and Tailwind «hidden», «hide», Bulma «is-hidden». Readability sees inline `display:none` and the
 * `hidden` attribute but not a class, and pages hide copies of the headline, view counters and
 * injected teaser cards this way.
 */
const HIDING_CLASS = /^(?:d-none|hidden|hide|is-hidden|u-hide|display-none)$/;
/** A class that shows the element again at some size («d-md-block», «md:flex», «visible-lg»). */
const SHOWING_CLASS = /^(?:d-(?:sm|md|lg|xl|xxl)-(?!none)[\w-]+|(?:sm|md|lg|xl|2xl):(?!hidden)[\w-]+|visible-[\w-]+)$/;
/** Hidden text this long is a collapsed part of the article (a «read more» fold), not furniture. */
const MAX_HIDDEN_WORDS = 150;

function isHiddenByClass(element: Element): boolean {
  const classes = Array.from(element.classList);
  return classes.some((name) => HIDING_CLASS.test(name)) && !classes.some((name) => SHOWING_CLASS.test(name));
}

/** Removes from `doc` the elements that a class hides at every screen size (see `HIDING_CLASS`). */
export function removeHiddenElements(doc: Document): void {
  for (const element of Array.from(doc.body?.querySelectorAll('[class]') ?? [])) {
    if (!element.isConnected || !isHiddenByClass(element)) continue;
    if (countWords(element.textContent ?? '') > MAX_HIDDEN_WORDS) continue;
    element.remove();
  }
}
