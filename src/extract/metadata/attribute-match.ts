/**
 * Attribute selectors, checked on one element: the page walks test every element with them, and
 * under jsdom the selectors themselves take tens of milliseconds on a news page.
 */

/** White space as selectors split `~=` values: space, tab, line feed, carriage return, form feed. */
const TOKEN_SEPARATOR = /[ \t\n\r\f]+/;

/**
 * Whether the value of `element`'s attribute `name` holds one of the pieces `pieces` matches
 * (`[name*="piece"]`, one pattern for several pieces). Case-sensitive, as the selector is.
 */
export function attributeHolds(element: Element, name: string, pieces: RegExp): boolean {
  const value = element.getAttribute(name);
  return value !== null && pieces.test(value);
}

/** Whether `element`'s attribute `name` has `token` among its white-space-separated tokens (`[name~="token"]`). */
export function attributeHasToken(element: Element, name: string, token: string): boolean {
  return element.getAttribute(name)?.split(TOKEN_SEPARATOR).includes(token) ?? false;
}
