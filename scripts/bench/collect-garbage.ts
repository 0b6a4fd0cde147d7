import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full garbage collection, run before each timed extraction so that neither side pays for the
 * garbage the other left (or for building the jsdom document). V8 hands out `gc` only when
 * `--expose-gc` is set before a context is made, hence the flag and the new context; `npm run`
 * gives no way to pass the flag to `tsx` itself.
 */
function findGc(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

export const collectGarbage = findGc();
