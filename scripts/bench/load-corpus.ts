import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseExpectedCase } from '../../src/eval/expected-case';

/** A page to time: its case id, its original address and its HTML. */
export interface BenchCase {
  id: string;
  url: string;
  html: string;
}

export interface LoadedCorpus {
  cases: BenchCase[];
  /** Case folders that could not be used, with the reason. */
  skipped: string[];
}

/** Folders under `root` (itself included) that hold a case's source.html. */
async function findCaseDirs(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true });
  if (entries.some((entry) => entry.isFile() && entry.name === 'source.html')) return [root];
  const subdirs = entries.filter((entry) => entry.isDirectory()).map((entry) => join(root, entry.name));
  const nested = await Promise.all(subdirs.sort().map(findCaseDirs));
  return nested.flat();
}

async function loadCase(dir: string): Promise<BenchCase | string> {
  const name = basename(dir);
  const json = await readFile(join(dir, 'expected.json'), 'utf8').catch(() => null);
  if (json === null) return `${name}: cannot read expected.json`;
  const parsed = parseExpectedCase(json, name);
  if ('error' in parsed) return `${name}: ${parsed.error}`;
  const html = await readFile(join(dir, 'source.html'), 'utf8');
  return { id: parsed.case.id, url: parsed.case.url, html };
}

/** Every case under `roots`, in path order. Throws when a root cannot be read. */
export async function loadCorpus(roots: readonly string[]): Promise<LoadedCorpus> {
  const corpus: LoadedCorpus = { cases: [], skipped: [] };
  for (const root of roots) {
    for (const dir of await findCaseDirs(root)) {
      const loaded = await loadCase(dir);
      if (typeof loaded === 'string') corpus.skipped.push(loaded);
      else corpus.cases.push(loaded);
    }
  }
  return corpus;
}
