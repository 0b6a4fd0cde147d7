// @vitest-environment jsdom
/**
 * Golden pages, in the manner of Readability's test/test-pages/: one folder per case under
 * tests/fixtures/articles/, holding `source.html` (a page written for Hibr in the shape of a real news
 * site, with its clutter) and `expected.json` (what a reader must get from it, and the page's URL).
 * A case without a valid expected.json fails; nothing here ever writes one.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract-article';
import { isArticle, type Article, type Direction, type ExtractResult } from '../../src/extract/types';

const CASES_DIR = join(import.meta.dirname, '../fixtures/articles');
const MIN_CASES = 10;

interface ArticleCase {
  url: string;
  notAnArticle: false;
  title: string;
  /** Primary language subtag: ar, fa, en, … */
  lang: string;
  dir: Direction;
  /** '' when the page names no author. */
  byline: string;
  siteName: string;
  /** YYYY-MM-DD, or null when the page gives no date. */
  publishedDate: string | null;
  firstBlock: string;
  lastBlock: string;
  mustContain: string[];
  mustNotContain: string[];
}

interface NotAnArticleCase {
  url: string;
  notAnArticle: true;
}

type GoldenCase = ArticleCase | NotAnArticleCase;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const WHITE_SPACE = /\s+/g;

/** Text with every run of white space made one space, so line wrapping in a page does not matter. */
function collapse(text: string): string {
  return text.replace(WHITE_SPACE, ' ').trim();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isAbsoluteUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '');
}

/** expected.json checked field by field: a typo in a fixture fails loudly instead of asserting nothing. */
function parseGoldenCase(raw: unknown, file: string): GoldenCase {
  const fail = (why: string): never => {
    throw new Error(`${file}: ${why}`);
  };
  if (!isRecord(raw)) return fail('not a JSON object');
  const { url, notAnArticle } = raw;
  if (typeof url !== 'string' || !isAbsoluteUrl(url)) return fail('url must be an absolute https URL');
  if (notAnArticle === true) return { url, notAnArticle: true };
  if (notAnArticle !== false) return fail('notAnArticle must be true or false');

  const text = (key: string, allowEmpty = false): string => {
    const value = raw[key];
    if (typeof value !== 'string' || (!allowEmpty && value.trim() === '')) return fail(`${key} must be a string`);
    return value;
  };
  const list = (key: string): string[] => {
    const value = raw[key];
    return isStringList(value) ? value : fail(`${key} must be a list of non-empty strings`);
  };
  const dir = text('dir');
  if (dir !== 'rtl' && dir !== 'ltr') return fail('dir must be rtl or ltr');
  const publishedDate = raw['publishedDate'];
  if (publishedDate !== null && !(typeof publishedDate === 'string' && DATE_ONLY.test(publishedDate))) {
    return fail('publishedDate must be YYYY-MM-DD or null');
  }
  return {
    url,
    notAnArticle: false,
    title: text('title'),
    lang: text('lang'),
    dir,
    byline: text('byline', true),
    siteName: text('siteName', true),
    publishedDate,
    firstBlock: text('firstBlock'),
    lastBlock: text('lastBlock'),
    mustContain: list('mustContain'),
    mustNotContain: list('mustNotContain'),
  };
}

function readGoldenCase(caseId: string): GoldenCase {
  const file = join(CASES_DIR, caseId, 'expected.json');
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${caseId}: expected.json is missing; write what a reader must get from this page`);
  }
  return parseGoldenCase(JSON.parse(source), `${caseId}/expected.json`);
}

function extractCase(caseId: string, url: string): ExtractResult {
  const html = readFileSync(join(CASES_DIR, caseId, 'source.html'), 'utf8');
  const dom = new JSDOM(html, { url });
  try {
    return extractArticle(dom.window.document, url);
  } finally {
    dom.window.close();
  }
}

/** The article's non-empty lines, white space collapsed. */
function lines(article: Article): string[] {
  return article.text
    .split('\n')
    .map(collapse)
    .filter((line) => line !== '');
}

const caseIds = readdirSync(CASES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

it(`has at least ${MIN_CASES} golden cases`, () => {
  expect(caseIds.length).toBeGreaterThanOrEqual(MIN_CASES);
});

describe.each(caseIds)('golden page %s', (caseId) => {
  let golden: GoldenCase;
  try {
    golden = readGoldenCase(caseId);
  } catch (error) {
    // A broken case fails on its own; the other cases still run.
    it('has a valid expected.json', () => {
      throw error;
    });
    return;
  }
  let result: ExtractResult | undefined;
  const extracted = (): ExtractResult => (result ??= extractCase(caseId, golden.url));

  if (golden.notAnArticle) {
    it('is refused as not an article', () => {
      expect(extracted()).toEqual({ error: 'not-an-article' });
    });
    return;
  }

  const want = golden;
  const article = (): Article => {
    const value = extracted();
    if (!isArticle(value)) throw new Error(`expected an article, got ${JSON.stringify(value)}`);
    return value;
  };

  it('is extracted as an article', () => {
    const got = extracted();
    expect(isArticle(got), JSON.stringify(got)).toBe(true);
  });

  it('has the headline without the site suffix', () => {
    expect(collapse(article().title)).toBe(collapse(want.title));
  });

  it('has the language and direction of its text', () => {
    const got = article();
    expect(got.lang.split('-')[0]?.toLowerCase()).toBe(want.lang);
    expect(got.dir).toBe(want.dir);
  });

  it('names the author and the site', () => {
    const got = article();
    expect(got.byline).toBe(want.byline);
    expect(got.siteName).toBe(want.siteName);
  });

  it('has the publication date', () => {
    // The day of the ISO time (TZ=UTC in vitest.config.ts), or null when the page gives none.
    expect(article().publishedTime?.slice(0, 10) ?? null).toBe(want.publishedDate);
  });

  it('starts and ends where the article does', () => {
    const body = lines(article());
    expect(body[0]).toBe(collapse(want.firstBlock));
    expect(body[body.length - 1]).toBe(collapse(want.lastBlock));
  });

  it('keeps every body phrase (subheadings, quotes, captions)', () => {
    const text = lines(article()).join('\n');
    const missing = want.mustContain.filter((phrase) => !text.includes(collapse(phrase)));
    expect(missing).toEqual([]);
  });

  it('leaves out the clutter (ads, «اقرأ أيضا», share bars, comments, footer)', () => {
    const text = lines(article()).join('\n');
    const leaked = want.mustNotContain.filter((phrase) => text.includes(collapse(phrase)));
    expect(leaked).toEqual([]);
  });
});
