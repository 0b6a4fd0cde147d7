import { Readability } from '@mozilla/readability';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
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

const CHILD = fileURLToPath(new URL('./node-page-child.ts', import.meta.url));

/**
 * `timeNodePage` in a fresh Node process, so that every page starts alike. Timed in one process
 * after two large pages, the seed page took Hibr 132 ms and bare Readability 63 ms (2.09×); each in a
 * process of its own, 44 ms and 38 ms (1.17×). Both slow down in a process that has run other pages,
 * Hibr's pipeline much more: likely because each jsdom window brings its own copies of the DOM
 * classes, and code that has run over many windows has met many shapes of the same objects.
 */
export function timeNodePageIsolated(bench: BenchCase, runs: number): Promise<AlternatedSamples> {
  return new Promise((resolve, reject) => {
    // The same Node with the same flags: under `npm run bench`, tsx's loader.
    const child = spawn(process.execPath, [...process.execArgv, CHILD], { stdio: ['pipe', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`timing ${bench.id} in Node exited with ${code}`));
      else resolve(JSON.parse(output) as AlternatedSamples);
    });
    child.stdin.end(JSON.stringify({ bench, runs }));
  });
}
