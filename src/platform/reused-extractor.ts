import type { ExtractResult } from '../extract/types';

export type Extract = (document: Document, url: string) => ExtractResult;

interface KeptExtractor {
  build: string;
  extract: Extract;
}

/** The property of the content script's global object that holds the extractor. */
const SLOT = 'hibrExtractor';

/**
 * The extraction code of build `build`, set up once per page and kept on `scope`, the global object
 * of the isolated world that the extension's injected scripts share in a tab (the page cannot reach
 * it). Every popup injects the extraction script anew; without this, each one set the code up again
 * and ran it cold. Opened again on the same page, the popup now runs code V8 has already compiled and
 * optimized. Kept by build, so a tab that still holds an older build's code after an update loads
 * this one's; a null build (a development build, whose code changes under the same key) keeps nothing.
 */
export async function reusedExtractor(
  scope: object,
  build: string | null,
  load: () => Promise<Extract>,
): Promise<Extract> {
  const holder = scope as { [SLOT]?: Partial<KeptExtractor> };
  const kept = holder[SLOT];
  if (build !== null && kept?.build === build && typeof kept.extract === 'function') return kept.extract;
  const extract = await load();
  if (build !== null) holder[SLOT] = { build, extract };
  return extract;
}
