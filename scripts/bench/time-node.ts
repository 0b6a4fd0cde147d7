import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../src/extract/extract-article';
import type { BenchCase } from './load-corpus';
import { collectGarbage } from './collect-garbage';
import { timeAlternately, type AlternatedSamples, type Sample } from './time-alternately';

/**
 * Times `extract` on a fresh jsdom document of the page. Building the document is not extraction,
 * so it happens before the clock starts (and its garbage is collected before too).
 */
function timeOnFreshDocument(bench: BenchCase, extract: (document: Document) => string): Sample {
  // The page's own CSS and console noise are not ours to report.
  const dom = new JSDOM(bench.html, { url: bench.url, virtualConsole: new VirtualConsole() });
  try {
    collectGarbage();
    const start = performance.now();
    const outcome = extract(dom.window.document);
    return { ms: performance.now() - start, outcome };
  } finally {
    dom.window.close();
  }
}

function hibr(url: string): (document: Document) => string {
  return (document) => {
    const result = extractArticle(document, url);
    return 'error' in result ? result.error : 'article';
  };
}

/** Bare Readability, given a copy as a real extension must: it changes the document it reads. */
function bareReadability(document: Document): string {
  const parsed = new Readability(document.cloneNode(true) as Document).parse();
  return parsed?.content ? 'article' : 'not-an-article';
}

/** Hibr's pipeline (`a`) and bare Readability (`b`) on one page in Node, alternately. */
export function timeNodePage(bench: BenchCase, runs: number): Promise<AlternatedSamples> {
  return timeAlternately(
    runs,
    () => timeOnFreshDocument(bench, hibr(bench.url)),
    () => timeOnFreshDocument(bench, bareReadability),
  );
}
