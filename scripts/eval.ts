/**
 * `npm run -s eval -- [--json] DIR [DIR...]`: Hibr against bare Readability on every case folder
 * (`<case>/source.html` + `<case>/expected.json`) found under the given directories. Prints a table
 * per case and a summary line per extractor, or with `--json` the same as one JSON object.
 * Status 2 for bad arguments or when no case is found.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseExpectedCase } from '../src/eval/expected-case';
import { formatCaseTable, formatSummaryLine } from '../src/eval/format-report';
import { runBareReadability } from '../src/eval/run-bare-readability';
import { runHibr } from '../src/eval/run-hibr';
import { scoreCase, unscoredCase, type CaseScore, type ExtractionOutcome } from '../src/eval/score-case';
import { summarizeScores } from '../src/eval/summarize-scores';

const CASE_FILES = ['source.html', 'expected.json'];

interface CaseResult {
  id: string;
  hibr: CaseScore;
  readability: CaseScore;
}

/** Folders under `root` (itself included) that hold a case's source.html or expected.json. */
async function findCaseDirs(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true });
  if (entries.some((entry) => entry.isFile() && CASE_FILES.includes(entry.name))) return [root];
  const subdirs = entries.filter((entry) => entry.isDirectory()).map((entry) => join(root, entry.name));
  const nested = await Promise.all(subdirs.sort().map(findCaseDirs));
  return nested.flat();
}

/** Runs `extract` on a fresh document of the page; a throw is reported as that extractor's error. */
function onFreshPage(html: string, url: string, extract: (doc: Document) => ExtractionOutcome): ExtractionOutcome {
  // The page's own CSS and console noise are not ours to report.
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    return extract(dom.window.document);
  } catch (error) {
    return { error: `threw: ${(error as Error).message}` };
  } finally {
    dom.window.close();
  }
}

async function evaluateCase(dir: string): Promise<CaseResult> {
  const fallbackId = basename(dir);
  const fail = (error: string): CaseResult => {
    const score = unscoredCase(fallbackId, error);
    return { id: fallbackId, hibr: score, readability: score };
  };
  const json = await readFile(join(dir, 'expected.json'), 'utf8').catch(() => null);
  if (json === null) return fail('cannot read expected.json');
  const parsed = parseExpectedCase(json, fallbackId);
  if ('error' in parsed) return fail(parsed.error);
  const html = await readFile(join(dir, 'source.html'), 'utf8').catch(() => null);
  if (html === null) return fail('cannot read source.html');
  const expected = parsed.case;
  return {
    id: expected.id,
    hibr: scoreCase(
      expected,
      onFreshPage(html, expected.url, (doc) => runHibr(doc, expected.url)),
    ),
    readability: scoreCase(expected, onFreshPage(html, expected.url, runBareReadability)),
  };
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
  } catch (error) {
    console.error(`eval: ${(error as Error).message}`);
    return 2;
  }
  if (args.positionals.length === 0) {
    console.error('usage: npm run -s eval -- [--json] DIR [DIR...]');
    return 2;
  }
  const dirs: string[] = [];
  for (const root of args.positionals) {
    try {
      dirs.push(...(await findCaseDirs(root)));
    } catch (error) {
      console.error(`eval: cannot read ${root}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
      return 2;
    }
  }
  if (dirs.length === 0) {
    console.error('eval: no case folder (with source.html or expected.json) found');
    return 2;
  }
  const results: CaseResult[] = [];
  for (const dir of dirs) results.push(await evaluateCase(dir));
  const summary = {
    hibr: summarizeScores(results.map((result) => result.hibr)),
    readability: summarizeScores(results.map((result) => result.readability)),
  };
  if (args.values.json) {
    console.log(JSON.stringify({ cases: results, summary }, null, 2));
    return 0;
  }
  for (const result of results) {
    const rows = [
      ['hibr', result.hibr],
      ['readability', result.readability],
    ] as const;
    console.log(`${formatCaseTable(result.id, rows)}\n`);
  }
  console.log(formatSummaryLine('hibr', summary.hibr));
  console.log(formatSummaryLine('readability', summary.readability));
  return 0;
}

process.exitCode = await main();
