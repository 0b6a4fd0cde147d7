import { classNames } from '../../text/class-names';
import { wordsExceed } from '../../text/text-prefix';
import { elementsUnder } from './elements-under';

/**
 * Utility classes that hide an element at every screen size: Bootstrap 4–5 «d-none», Bootstrap 3
 * and Tailwind «hidden», «hide», Bulma «is-hidden». Readability sees inline `display:none` and the
 * `hidden` attribute but not a class, and pages hide copies of the headline, view counters and
 * injected teaser cards this way.
 */
const HIDING_CLASS = /^(?:d-none|hidden|hide|is-hidden|u-hide|display-none)$/;
/** A class that shows the element again at some size («d-md-block», «md:flex», «visible-lg»). */
const SHOWING_CLASS = /^(?:d-(?:sm|md|lg|xl|xxl)-(?!none)[\w-]+|(?:sm|md|lg|xl|2xl):(?!hidden)[\w-]+|visible-[\w-]+)$/;
/**
 * A `class` attribute with one of the names `HIDING_CLASS` matches, between ASCII white space (how
 * `classList` splits it): a quick look at every element, before its names are split and checked.
 */
const HIDING_NAME_IN_CLASS = /(?:^|[\t\n\f\r ])(?:d-none|hidden|hide|is-hidden|u-hide|display-none)(?=[\t\n\f\r ]|$)/;
/** Hidden text this long is a collapsed part of the article (a «read more» fold), not furniture. */
const MAX_HIDDEN_WORDS = 150;

function isHiddenByClass(element: Element): boolean {
  if (!HIDING_NAME_IN_CLASS.test(element.getAttribute('class') ?? '')) return false;
  const classes = classNames(element);
  return classes.some((name) => HIDING_CLASS.test(name)) && !classes.some((name) => SHOWING_CLASS.test(name));
}

/** Removes from `doc` the elements that a class hides at every screen size (see `HIDING_CLASS`). */
export function removeHiddenElements(doc: Document): void {
  if (!doc.body) return;
  for (const element of elementsUnder(doc.body, isHiddenByClass)) {
    if (!element.isConnected || wordsExceed(element, MAX_HIDDEN_WORDS)) continue;
    element.remove();
  }
}
