// @vitest-environment jsdom
/**
 * Property-based tests of the sanitizer and of the whole extraction pipeline, on Arabic news pages
 * that a fuzzer takes apart: nodes dropped, duplicated, moved and nested, vectors of the battery
 * injected, random attributes (handlers, styles, URLs of random schemes) and random text (Arabic,
 * bidi controls, zero-width and control characters) added.
 *
 * HIBR_FUZZ_RUNS runs in all (default 2000), a quarter of them through the whole pipeline; the seed
 * is fixed, so a failure replays (HIBR_FUZZ_SEED picks another, to explore). A larger run on demand:
 *   HIBR_FUZZ_RUNS=20000 npx vitest run tests/unit/security/fuzz.test.ts
 * The default run takes about 35 s on two cores.
 */
import fc from 'fast-check';
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article';
import { isArticle } from '../../../src/extract/types';
import { sanitizeArticle, sanitizeArticleHtml } from '../../../src/sanitize/sanitize-article';
import { unsafeFindings } from '../../security/check-output';
import { FUZZ_PAGES } from '../../security/fuzz-pages';
import { pageTexts, wordsNotFromPage } from '../../security/text-from-page';
import { VECTORS, withAttackerOrigin } from '../../security/vectors';
import { applyMutation, fuzzHtml, mutation } from '../../security/fuzz-arbitraries';

/** A whole number from the environment variable `name`, at least `min`, or `fallback` when unset. */
function wholeNumberFromEnv(name: string, fallback: number, min: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number ≥ ${min}`);
  return value;
}

const SEED = wholeNumberFromEnv('HIBR_FUZZ_SEED', 20261129, 0);
const TOTAL_RUNS = wholeNumberFromEnv('HIBR_FUZZ_RUNS', 2000, 2);
/** A pipeline run costs about nine sanitizer runs; it gets a quarter of the runs, half the time. */
const PIPELINE_RUNS = Math.max(1, Math.round(TOTAL_RUNS / 4));
const SANITIZER_RUNS = TOTAL_RUNS - PIPELINE_RUNS;
/** Generous: the default run takes well under a minute on two cores. */
const MS_PER_RUN = 250;

const ATTACKER_ORIGIN = 'http://127.0.0.1:47990';
const VECTOR_HTML = VECTORS.map((vector) => withAttackerOrigin(vector.html, ATTACKER_ORIGIN));

/**
 * Lets the event loop turn. A synchronous job keeps every WeakRef target it created alive until it
 * ends, and jsdom makes one for each node iterator (DOMPurify makes one per pass): run after run in
 * one job would keep every document the sanitizer parsed, and a long run runs out of memory.
 */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Windows for the runs: one per fixture page, at the page's URL, each run putting a fresh copy of
 * the page in it, and one for the sanitizer. jsdom leaks into a window a little for every new
 * document a selector runs on (each run's copy of the page, in Readability), which slows every later
 * run and, in a long run, fills the heap: after RUNS_PER_WINDOW runs, fresh windows take over.
 */
const RUNS_PER_WINDOW = 100;
const pristineDoms = FUZZ_PAGES.map(
  (page) => new JSDOM(page.html, { url: page.url, virtualConsole: new VirtualConsole() }),
);
const pristinePages = FUZZ_PAGES.map((page, index) => ({
  ...page,
  pristine: pristineDoms[index]?.window.document.documentElement as Node,
}));
let windows: JSDOM[] = [];
let runsInWindows = RUNS_PER_WINDOW;

function closeWindows(): void {
  for (const dom of windows) dom.window.close();
  windows = [];
}
afterAll(() => {
  closeWindows();
  for (const dom of pristineDoms) dom.window.close();
});

/** The window for fixture page `index` (or, past the pages, the sanitizer's), fresh now and then. */
function windowFor(index: number): JSDOM['window'] {
  if (runsInWindows >= RUNS_PER_WINDOW) {
    closeWindows();
    windows = [...pristinePages, pristinePages[0]].map(
      (page) => new JSDOM('<!DOCTYPE html>', { url: page?.url, virtualConsole: new VirtualConsole() }),
    );
    runsInWindows = 0;
  }
  runsInWindows++;
  const dom = windows[index];
  if (!dom) throw new Error(`no window ${index}`);
  return dom.window;
}

const pipelineCase = fc.record({
  page: fc.nat({ max: FUZZ_PAGES.length - 1 }),
  mutations: fc.array(mutation(VECTOR_HTML.length), { maxLength: 12 }),
});

describe('extraction, then the pages’ sanitizing, on mutated news pages', () => {
  it(
    'never throws; the html is safe and a fixed point of the sanitizer; the text comes from the page',
    async () => {
      await fc.assert(
        fc.asyncProperty(pipelineCase, async ({ page: index, mutations }) => {
          await nextTurn();
          const page = pristinePages[index];
          if (!page) throw new Error(`no fixture page ${index}`);
          const window = windowFor(index);
          const doc = window.document;
          doc.replaceChild(doc.importNode(page.pristine, true), doc.documentElement);
          for (const change of mutations) applyMutation(doc, change, VECTOR_HTML);
          const hostWindow = window as unknown as Window;

          const result = extractArticle(doc, page.url);
          if (!isArticle(result)) {
            expect(['not-an-article', 'too-large']).toContain(result.error);
            return;
          }
          // Sanitized as the extension pages do it, in a window of their own (the sanitizer's).
          const pagesWindow = windows[FUZZ_PAGES.length]?.window as unknown as Window;
          const { html } = sanitizeArticle(result, pagesWindow);
          expect(unsafeFindings(html, hostWindow)).toEqual([]);
          expect(sanitizeArticleHtml(html, hostWindow, page.url)).toBe(html);
          expect(wordsNotFromPage(result.text, pageTexts(doc))).toEqual([]);
        }),
        { seed: SEED, numRuns: PIPELINE_RUNS },
      );
    },
    PIPELINE_RUNS * MS_PER_RUN * 4,
  );
});

describe('sanitizeArticleHtml on generated HTML', () => {
  it(
    'leaves nothing unsafe and is a fixed point, from a string and from the parsed tree',
    async () => {
      await fc.assert(
        fc.asyncProperty(fuzzHtml(VECTOR_HTML), async (html) => {
          await nextTurn();
          const hostWindow = windowFor(FUZZ_PAGES.length) as unknown as Window;
          const { DOMParser } = hostWindow as unknown as typeof globalThis;
          const out = sanitizeArticleHtml(html, hostWindow, FUZZ_PAGES[0]?.url ?? '');
          expect(unsafeFindings(out, hostWindow)).toEqual([]);
          expect(sanitizeArticleHtml(out, hostWindow, 'about:blank')).toBe(out);

          const tree = new DOMParser().parseFromString(`<!DOCTYPE html><body>${html}`, 'text/html').body;
          const fromTree = sanitizeArticleHtml(tree, hostWindow, FUZZ_PAGES[0]?.url ?? '');
          expect(unsafeFindings(fromTree, hostWindow)).toEqual([]);
          expect(sanitizeArticleHtml(fromTree, hostWindow, 'about:blank')).toBe(fromTree);
        }),
        { seed: SEED, numRuns: SANITIZER_RUNS },
      );
    },
    SANITIZER_RUNS * MS_PER_RUN,
  );
});
