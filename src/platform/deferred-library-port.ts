import type { LibraryPort } from '../popup/ports';

/**
 * A library that loads the real one (Dexie, the schema) on first use, so that a page can paint
 * before that code is even fetched. If loading fails, it answers as the real port does when the
 * database fails: reads come back empty, a save as a storage failure.
 */
export function deferLibraryPort(load: () => Promise<LibraryPort>): LibraryPort {
  let loading: Promise<LibraryPort | undefined> | undefined;
  const port = (): Promise<LibraryPort | undefined> => (loading ??= load().catch(() => undefined));
  return {
    save: async (article) => (await port())?.save(article) ?? { ok: false, error: 'storage-failed' },
    findIdByUrl: async (url) => (await port())?.findIdByUrl(url),
    list: async () => (await port())?.list() ?? [],
    get: async (id) => (await port())?.get(id),
    remove: async (id) => (await port())?.remove(id) ?? false,
  };
}
