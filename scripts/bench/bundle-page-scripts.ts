import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** The global each page script leaves on `window`. */
export const HIBR_GLOBAL = '__hibrBench';
export const BARE_GLOBAL = '__bareReadability';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface PageScripts {
  /** Defines `window.__hibrBench.extractArticle`, the pipeline the content script runs. */
  hibr: string;
  /** Defines `window.__bareReadability.Readability`, as published. */
  bare: string;
}

async function bundleIife(source: string, globalName: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: ROOT, loader: 'ts', sourcefile: `${globalName}.ts` },
    bundle: true,
    write: false,
    format: 'iife',
    globalName,
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error(`esbuild gave no output for ${globalName}`);
  return output.text;
}

/** Both scripts, bundled in memory from the working tree. */
export async function bundlePageScripts(): Promise<PageScripts> {
  const [hibr, bare] = await Promise.all([
    bundleIife("export { extractArticle } from './src/extract/extract-article';", HIBR_GLOBAL),
    bundleIife("export { Readability } from '@mozilla/readability';", BARE_GLOBAL),
  ]);
  return { hibr, bare };
}
