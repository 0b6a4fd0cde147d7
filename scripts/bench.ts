/**
 * `npm run -s bench -- [--runs N] [--json] [--node-only] [--build] [DIR...]`: how much longer Hibr's
 * pipeline takes than bare Readability on every page of a corpus (folders of case folders, each with
 * `source.html` and `expected.json`; default ../shared/corpus), in Node under jsdom (each page in a
 * process of its own) and in headless Chromium as the content script would run, and how long the
 * popup takes from opening to the article painted, beside the same popup built on bare Readability
 * (opened in turn with it, for reference). Prints a table and the targets as PASS/FAIL lines, or
 * with `--json` the same as one JSON object. Status 0 whatever the targets say; 2 for bad arguments
 * or no case found.
 */
import { ensureE2eBuild } from './bench/ensure-e2e-build';
import { formatSummary, formatTable } from './bench/format-bench';
import { loadCorpus, type LoadedCorpus } from './bench/load-corpus';
import { parseBenchArgs, USAGE } from './bench/parse-bench-args';
import {
  firstRunFigures,
  pairedFigures,
  popupFigures,
  summarizeBench,
  type PageFigures,
} from './bench/summarize-bench';
import { IN_PAGE_RUNS_PER_RUN, timeBrowserPages } from './bench/time-browser';
import { timeNodePageIsolated } from './bench/time-node';

/** Progress and build output go to stderr: stdout is the report. */
const log = (message: string): void => console.error(`bench: ${message}`);

async function main(): Promise<number> {
  const args = parseBenchArgs(process.argv.slice(2));
  if ('error' in args) {
    console.error(`bench: ${args.error}\n${USAGE}`);
    return 2;
  }
  let corpus: LoadedCorpus;
  try {
    corpus = await loadCorpus(args.dirs);
  } catch (error) {
    console.error(`bench: cannot read the corpus: ${(error as Error).message}`);
    return 2;
  }
  for (const skipped of corpus.skipped) log(`skipped ${skipped}`);
  if (corpus.cases.length === 0) {
    console.error('bench: no case folder (with source.html and expected.json) found');
    return 2;
  }

  const pages: PageFigures[] = [];
  for (const [index, bench] of corpus.cases.entries()) {
    log(`node ${index + 1}/${corpus.cases.length} ${bench.id}`);
    pages.push({
      id: bench.id,
      node: pairedFigures(await timeNodePageIsolated(bench, args.runs)),
      browser: null,
      browserFirstRun: null,
      popup: null,
      barePopup: null,
    });
  }
  if (!args.nodeOnly) {
    const built = await ensureE2eBuild(args.build);
    if (built !== null) log(`built the e2e extension (${built})`);
    const timings = await timeBrowserPages(corpus.cases, args.runs, log);
    timings.forEach((timing, index) => {
      const page = pages[index];
      if (!page) return;
      page.browser = pairedFigures(timing.inPage);
      page.browserFirstRun = firstRunFigures(timing.inPage);
      page.popup = popupFigures(timing.popup);
      page.barePopup = popupFigures(timing.barePopup);
    });
  }
  const summary = summarizeBench(pages);
  const inPageRuns = args.runs * IN_PAGE_RUNS_PER_RUN;
  if (args.json) {
    console.log(JSON.stringify({ runs: args.runs, inPageRuns, pages, summary }, null, 2));
  } else {
    const runs = `runs per page: ${args.runs} in Node, ${inPageRuns} in the browser page, ${args.runs} popup opens of each build`;
    console.log(`${formatTable(pages)}\n\n${runs}\n${formatSummary(pages, summary)}`);
  }
  return 0;
}

process.exitCode = await main();
