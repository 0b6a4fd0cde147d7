/**
 * `npm start`: builds Hibr and opens Chromium with it on a sample Arabic news page served from the
 * project's fixtures. With `--headless`, or when there is no display, it drives the popup itself,
 * saves the article, opens the reader tab, writes screenshots and prints where they are.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { launchWithExtension } from '../tests/e2e/support/browser';
import { startFixtureServer } from '../tests/e2e/support/fixture-server';
import { SCREENSHOT_DIR, saveScreenshot } from '../tests/e2e/support/screenshots';

const SAMPLE = 'wordpress-newspaper-morocco';

function build(mode: 'production' | 'e2e'): string {
  const result = spawnSync('npx', ['wxt', 'build', '--mode', mode], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the build failed');
  return mode === 'e2e' ? '.output/chrome-mv3-e2e' : '.output/chrome-mv3';
}

async function runHeadless(): Promise<void> {
  // The test build may read 127.0.0.1 without a click, so the popup can be driven with no one there.
  const extension = build('e2e');
  const server = await startFixtureServer();
  const browser = await launchWithExtension(extension, { headless: true });
  try {
    const page = await browser.context.newPage();
    await page.goto(server.articleUrl(SAMPLE));
    const popup = await browser.openPopup(server.articleUrl(SAMPLE));
    await popup.locator('.hibr-article').waitFor();
    await popup.evaluate(() => document.fonts.ready.then(() => undefined));
    const shots = [await saveScreenshot(popup, 'start-popup')];
    await popup.locator('.save-button').click();
    await popup.locator('.save-button[aria-pressed="true"]').waitFor();
    const [reader] = await Promise.all([browser.context.waitForEvent('page'), popup.locator('.reader-button').click()]);
    await reader.setViewportSize({ width: 1100, height: 900 });
    await reader.locator('.hibr-article').waitFor();
    await reader.evaluate(() => document.fonts.ready.then(() => undefined));
    shots.push(await saveScreenshot(reader, 'start-reader'));
    await reader.emulateMedia({ colorScheme: 'dark' });
    shots.push(await saveScreenshot(reader, 'start-reader-dark'));
    console.log(`\nHibr read ${server.articleUrl(SAMPLE)} headless. Screenshots in ${SCREENSHOT_DIR}:`);
    for (const shot of shots) console.log(`  ${shot}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

async function runWithWindow(): Promise<void> {
  const extension = build('production');
  const server = await startFixtureServer();
  const browser = await launchWithExtension(extension, { headless: false });
  const page = await browser.context.newPage();
  await page.goto(server.articleUrl(SAMPLE));
  console.log(`\nChromium is open on ${server.articleUrl(SAMPLE)} with Hibr loaded.`);
  console.log("Click Hibr's toolbar button (pin it from the puzzle-piece menu). Close the window to stop.");
  await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
  await server.close();
}

const { values } = parseArgs({ options: { headless: { type: 'boolean', default: false } } });
const noDisplay = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
await (values.headless || noDisplay ? runHeadless() : runWithWindow());
