/** Why a storage operation failed, as the UI names it to the user. */
export type StorageError = 'quota-exceeded' | 'storage-failed' | 'invalid-article';

/**
 * What every storage call returns instead of throwing. `detail` (the error's name and message) is
 * for the console only; it is a string so the result can cross the extension's message channel.
 */
export type StorageResult<T> = { ok: true; value: T } | { ok: false; error: StorageError; detail?: string };

/** Names a full quota goes by: the standard one, and Firefox's older one for DOM storage. */
const QUOTA_ERROR_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
/** Wrapping deeper than this is not an error chain but a cycle. */
const MAX_WRAP_DEPTH = 5;

/**
 * True when `err`, or an error it wraps, is a full quota. Dexie wraps the browser's DOMException in
 * its own QuotaExceededError, or in an AbortError of the transaction, and keeps it as `inner`.
 */
export function isQuotaExceeded(err: unknown, depth = 0): boolean {
  if (typeof err !== 'object' || err === null || depth > MAX_WRAP_DEPTH) return false;
  const { name, inner, cause } = err as { name?: unknown; inner?: unknown; cause?: unknown };
  if (typeof name === 'string' && QUOTA_ERROR_NAMES.has(name)) return true;
  return isQuotaExceeded(inner, depth + 1) || isQuotaExceeded(cause, depth + 1);
}

function describeError(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}

/** Runs a storage operation and turns what it throws into a typed failure. */
export async function runStorage<T>(operation: () => Promise<T>): Promise<StorageResult<T>> {
  try {
    return { ok: true, value: await operation() };
  } catch (err) {
    const error = isQuotaExceeded(err) ? 'quota-exceeded' : 'storage-failed';
    return { ok: false, error, detail: describeError(err) };
  }
}
