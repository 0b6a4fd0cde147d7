import type { Article } from '../extract/types';
import type { ReadOutcome } from '../platform/read-tab';
import type { SavedArticleSummary } from '../storage/saved-article';

export type ArticleId = string;
export type SavedSummary = SavedArticleSummary;

export type SaveOutcome = { ok: true; id: ArticleId } | { ok: false; error: 'quota-exceeded' | 'storage-failed' };

/** What the pages need from the library; the entrypoints wire the real one, tests a fake one. */
export interface LibraryPort {
  save: (article: Article) => Promise<SaveOutcome>;
  findIdByUrl: (url: string) => Promise<ArticleId | undefined>;
  list: () => Promise<SavedSummary[]>;
  get: (id: ArticleId) => Promise<Article | undefined>;
  /** False when the library could not delete it (it is still there). */
  remove: (id: ArticleId) => Promise<boolean>;
}

export interface PopupPorts {
  readArticle: () => Promise<ReadOutcome>;
  library: LibraryPort;
  openReader: (id: ArticleId) => void;
  /** Settles once the faces the article is set in have loaded or failed (they block text until then). */
  facesLoaded: () => Promise<void>;
}
