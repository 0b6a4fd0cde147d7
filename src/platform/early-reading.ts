import { readTab, targetTab, type ReadOutcome } from './read-tab';

/** The property of the popup's window that hands the reading from its first script to its module. */
const SLOT = 'hibrReading';

/** Reads the tab that the popup's address (`search`) names, or the active one. */
function read(search: string): Promise<ReadOutcome> {
  return targetTab(search).then(readTab);
}

/**
 * Starts reading the tab now and leaves the reading on `scope`, the popup's window, for
 * `takeReading`. The popup's first script calls this: a classic script ahead of the stylesheets and
 * of the popup's module, which the browser runs only once those and its imports are in.
 */
export function startReadingEarly(scope: object, search: string): void {
  (scope as Record<string, unknown>)[SLOT] = read(search);
}

/** The reading `startReadingEarly` left on `scope`, or one started now if that script did not run. */
export function takeReading(scope: object, search: string): Promise<ReadOutcome> {
  const early = (scope as Record<string, unknown>)[SLOT];
  return early instanceof Promise ? (early as Promise<ReadOutcome>) : read(search);
}
