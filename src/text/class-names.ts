/** ASCII white space, which separates the names of a `class` attribute (as `classList` splits it). */
const CLASS_SEPARATOR = /[\t\n\f\r ]+/;

/**
 * The names in `element`'s `class` attribute, as `classList` holds them. Reading the attribute is
 * much cheaper than a `DOMTokenList` under jsdom, and the same in a browser.
 */
export function classNames(element: Element): string[] {
  const value = element.getAttribute('class');
  return value ? value.split(CLASS_SEPARATOR).filter((name) => name !== '') : [];
}
