/**
 * `npm run -s extract -- [--url URL] FILE.html`: the extension's own pipeline on a saved page, in Node.
 * Prints the Article as JSON, its HTML sanitized as the extension stores it; for a page with no article `{"error":"not-an-article"}` and status 3;
 * for a file it cannot read, one line on stderr and status 2.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../src/extract/extract-article';
import { isArticle } from '../src/extract/types';
import { sanitizeArticle } from '../src/sanitize/sanitize-article';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ options: { url: { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    process.stderr.write(`extract: ${(error as Error).message}\n`);
    return 2;
  }
  const file = args.positionals[0];
  if (!file || args.positionals.length > 1) {
    process.stderr.write('usage: npm run -s extract -- [--url URL] FILE.html\n');
    return 2;
  }
  let html: string;
  try {
    html = await readFile(file, 'utf8');
  } catch (error) {
    process.stderr.write(`extract: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}\n`);
    return 2;
  }
  const url = args.values.url ?? pathToFileURL(file).href;
  // The page's own CSS and console noise are not ours to report.
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  const result = extractArticle(dom.window.document, url);
  const shown = isArticle(result) ? sanitizeArticle(result, dom.window as unknown as Window) : result;
  process.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
  dom.window.close();
  return isArticle(result) ? 0 : 3;
}

process.exitCode = await main();
