import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const E2E_BUILD_DIR = '.output/chrome-mv3-e2e';
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

function runBuild(): Promise<void> {
  return new Promise((resolve, reject) => {
    // Build output goes to stderr: stdout belongs to the report (and to --json).
    const child = spawn('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: ['ignore', 2, 2] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`wxt build exited with ${code}`))));
  });
}

/**
 * Makes the e2e build when asked to, when there is none, or when the one there predates the mark.
 * Returns why it built, or null when it used the build as it was.
 */
export async function ensureE2eBuild(force: boolean): Promise<string | null> {
  let reason: string | null = null;
  if (force) reason = '--build';
  else if (!existsSync(join(E2E_BUILD_DIR, 'manifest.json'))) reason = 'no e2e build';
  else if (!(await buildSetsMark(E2E_BUILD_DIR))) reason = `the e2e build does not set ${ARTICLE_SHOWN_MARK}`;
  if (reason !== null) await runBuild();
  return reason;
}
