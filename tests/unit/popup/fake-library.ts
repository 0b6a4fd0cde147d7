import type { Article } from '../../../src/extract/types';
import type { ArticleId, LibraryPort, SaveOutcome, SavedSummary } from '../../../src/popup/ports';

interface Entry {
  article: Article;
  id: ArticleId;
  savedAt: number;
}

export interface FakeLibrary extends LibraryPort {
  /** When set, the next saves fail with this error and store nothing. */
  failSavesWith?: 'quota-exceeded' | 'storage-failed';
}

/**
 * An in-memory library that behaves like the real one: one entry per URL, saving a URL again keeps its
 * id and place, the list is newest first. `saved` is what it holds at the start, oldest first.
 */
export function fakeLibrary(saved: readonly Article[] = [], start = Date.UTC(2024, 4, 1, 9)): FakeLibrary {
  const entries = new Map<ArticleId, Entry>();
  let clock = start;
  let nextId = 1;
  const findEntry = (url: string): Entry | undefined => Array.from(entries.values()).find((e) => e.article.url === url);
  const store = (article: Article): ArticleId => {
    const previous = findEntry(article.url);
    const entry = previous ?? { article, id: `article-${nextId++}`, savedAt: (clock += 60_000) };
    entries.set(entry.id, { ...entry, article });
    return entry.id;
  };
  for (const article of saved) store(article);

  const library: FakeLibrary = {
    save: async (article): Promise<SaveOutcome> => {
      if (library.failSavesWith) return { ok: false, error: library.failSavesWith };
      return { ok: true, id: store(article) };
    },
    findIdByUrl: async (url) => findEntry(url)?.id,
    list: async (): Promise<SavedSummary[]> =>
      Array.from(entries.values())
        .sort((a, b) => b.savedAt - a.savedAt)
        .map(({ article, id, savedAt }) => ({
          id,
          url: article.url,
          title: article.title,
          siteName: article.siteName,
          savedAt,
          readingMinutes: article.readingMinutes,
          lang: article.lang,
          dir: article.dir,
        })),
    get: async (id) => entries.get(id)?.article,
    remove: async (id) => entries.delete(id),
  };
  return library;
}
