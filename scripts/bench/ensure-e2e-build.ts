import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const E2E_BUILD_DIR = '.output/chrome-mv3-e2e';
/** The reference build (`wxt build --mode bench-bare`): the same extension with bare Readability in the tab. */
export const BARE_BUILD_DIR = '.output/chrome-mv3-bench-bare';
/** The performance mark the popup sets once the article is painted (src/popup/create-popup.ts). */
export const ARTICLE_SHOWN_MARK = 'hibr:article-shown';

/** Whether some script of the build sets the mark: a build older than the mark cannot be timed. */
async function buildSetsMark(dir: string): Promise<boolean> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    if ((await readFile(join(entry.parentPath, entry.name), 'utf8')).includes(ARTICLE_SHOWN_MARK)) return true;
  }
  return false;
}

function runBuild(mode: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // Build output goes to stderr: stdout belongs to the report (and to --json).
    const child = spawn('npx', ['wxt', 'build', '--mode', mode], { stdio: ['ignore', 2, 2] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`wxt build exited with ${code}`))));
  });
}

/** Why the build in `dir` must be made (again), or null when it can be timed as it is. */
async function reasonToBuild(force: boolean, dir: string, mode: string): Promise<string | null> {
  if (force) return '--build';
  if (!existsSync(join(dir, 'manifest.json'))) return `no ${mode} build`;
  if (!(await buildSetsMark(dir))) return `the ${mode} build does not set ${ARTICLE_SHOWN_MARK}`;
  return null;
}

/**
 * Makes the e2e build and the reference build, each when asked to, when there is none, or when the
 * one there predates the mark. Returns why it built, or null when it used the builds as they were.
 */
export async function ensureE2eBuild(force: boolean): Promise<string | null> {
  const reasons: string[] = [];
  for (const [dir, mode] of [
    [E2E_BUILD_DIR, 'e2e'],
    [BARE_BUILD_DIR, 'bench-bare'],
  ] as const) {
    const reason = await reasonToBuild(force, dir, mode);
    if (reason === null) continue;
    await runBuild(mode);
    reasons.push(`${mode}: ${reason}`);
  }
  return reasons.length > 0 ? reasons.join('; ') : null;
}
