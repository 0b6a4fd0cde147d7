import type { BrowserContext } from 'playwright-core';
import type { ExtensionBrowser } from '../../tests/e2e/support/browser';
import { ARTICLE_SHOWN_MARK } from './ensure-e2e-build';
import type { Sample } from './time-alternately';

/** Set, by the script below, on the frame that paints the popup's message (when there is no article). */
const MESSAGE_SHOWN_MARK = 'bench:message-shown';
const POPUP_TIMEOUT_MS = 30_000;

/**
 * The popup marks the frame that paints an article itself; for a page that is not one, this marks
 * the frame that paints `.popup-message` the same way, from outside the extension's code.
 */
const MARK_MESSAGE_SHOWN = `if (location.protocol === 'chrome-extension:') {
  new MutationObserver((_, observer) => {
    if (!document.querySelector('.popup-message')) return;
    observer.disconnect();
    requestAnimationFrame(() => performance.mark('${MESSAGE_SHOWN_MARK}'));
  }).observe(document, { childList: true, subtree: true });
}`;

/**
 * The time of whichever mark the popup reached, since its navigation started; null until then. A
 * function, not source text: the popup's CSP forbids the eval that `waitForFunction` needs for text.
 * It declares no named function of its own, so tsx's transform adds no helper the popup lacks.
 */
const shownAt = (marks: { article: string; message: string }): Sample | null => {
  const article = performance.getEntriesByName(marks.article)[0];
  if (article) return { ms: article.startTime, outcome: 'article' };
  const message = performance.getEntriesByName(marks.message)[0];
  const text = document.querySelector('.popup-message')?.textContent ?? '';
  return message ? { ms: message.startTime, outcome: `message: ${text}` } : null;
};

/** Marks message popups in every page the context opens from now on. */
export async function watchPopupMessages(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: MARK_MESSAGE_SHOWN });
}

/** Opens the popup for the tab showing `url` and times it from navigation start to painted. */
export async function timePopupOpen(browser: ExtensionBrowser, url: string): Promise<Sample> {
  const popup = await browser.openPopup(url);
  try {
    const marks = { article: ARTICLE_SHOWN_MARK, message: MESSAGE_SHOWN_MARK };
    const shown = await popup.waitForFunction(shownAt, marks, { timeout: POPUP_TIMEOUT_MS, polling: 50 });
    return (await shown.jsonValue()) as Sample;
  } finally {
    await popup.close();
  }
}
