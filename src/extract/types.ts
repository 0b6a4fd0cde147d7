/** Text direction of an article or a block. */
export type Direction = 'rtl' | 'ltr';

/** An article as Hibr keeps it: every field already checked and normalised. */
export interface Article {
  /** The page's canonical address (absolute, without fragment). */
  url: string;
  title: string;
  /** Author name(s) without prefixes such as «بقلم», or '' when unknown. */
  byline: string;
  /** The publisher's name, or '' when unknown. */
  siteName: string;
  /** Publication time as ISO 8601, or null when the page gives none. */
  publishedTime: string | null;
  /** BCP 47 primary language detected from the text (ar, fa, ur, he, en, …), 'und' when unknown. */
  lang: string;
  dir: Direction;
  excerpt: string;
  /** Absolute URL of the lead image, or '' when none. */
  leadImage: string;
  /**
   * Article HTML. As extracted it is the page's markup, cleaned but not yet safe: the pages sanitize
   * it (`sanitizeArticle`) before storing it, and again (`insertArticleHtml`) before showing it.
   */
  html: string;
  /** Plain text, one block per line. */
  text: string;
  wordCount: number;
  readingMinutes: number;
}

export type NotAnArticleReason = 'not-an-article' | 'too-large';

export interface NotAnArticle {
  error: NotAnArticleReason;
  /** The page embeds frames: the article may be in one, and Hibr reads the top frame only. */
  hasFrames?: true;
}

export type ExtractResult = Article | NotAnArticle;

export interface ExtractOptions {
  /** Stop with 'too-large' past this many elements (a guard for huge pages). */
  maxElements?: number;
}

export function isArticle(result: ExtractResult): result is Article {
  return !('error' in result);
}
