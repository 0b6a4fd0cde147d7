import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

/** Where runs leave their screenshots: `artifacts/screenshots/`, or HIBR_SCREENSHOTS. */
export const SCREENSHOT_DIR = resolve(process.env.HIBR_SCREENSHOTS ?? 'artifacts/screenshots');

export async function saveScreenshot(page: Page, name: string, fullPage = false): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = resolve(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}
