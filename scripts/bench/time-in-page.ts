import type { Page } from 'playwright-core';
import { BARE_GLOBAL, HIBR_GLOBAL, type PageScripts } from './bundle-page-scripts';
import { timeAlternately, type AlternatedSamples, type Sample } from './time-alternately';

/*
 * The timed code runs inside the page, so it is written as source text: a function passed to
 * `page.evaluate` would be serialized after tsx's transform, whose helpers do not exist there.
 * Each run starts after a full garbage collection, as in Node (the browser is launched with `gc`
 * exposed), so that neither side pays for the garbage the other left; it ends where the content
 * script's would (the result is in hand, not yet sent).
 */
const TIME_HIBR = `(() => {
  gc();
  const start = performance.now();
  const result = window.${HIBR_GLOBAL}.extractArticle(document, location.href);
  const ms = performance.now() - start;
  return { ms, outcome: result.error ?? 'article' };
})()`;

/** Bare Readability on a copy of the live page, as an extension must: it changes what it reads. */
const TIME_BARE = `(() => {
  gc();
  const start = performance.now();
  const parsed = new window.${BARE_GLOBAL}.Readability(document.cloneNode(true)).parse();
  const ms = performance.now() - start;
  return { ms, outcome: parsed && parsed.content ? 'article' : 'not-an-article' };
})()`;

/** Hibr's pipeline (`a`) and bare Readability (`b`) on the live page in `page`, alternately. */
export async function timeInPage(page: Page, scripts: PageScripts, runs: number): Promise<AlternatedSamples> {
  await page.addScriptTag({ content: scripts.hibr });
  await page.addScriptTag({ content: scripts.bare });
  return timeAlternately(
    runs,
    () => page.evaluate<Sample>(TIME_HIBR),
    () => page.evaluate<Sample>(TIME_BARE),
  );
}
