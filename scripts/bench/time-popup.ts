import type { BrowserContext } from 'playwright-core';
import type { ExtensionBrowser } from '../../tests/e2e/support/browser';
import { ARTICLE_SHOWN_MARK } from './ensure-e2e-build';
import type { Sample } from './time-alternately';

/** Set, by the script below, on the frame that paints the popup's message (when there is no article). */
const MESSAGE_SHOWN_MARK = 'bench:message-shown';
const POPUP_TIMEOUT_MS = 30_000;

/**
 * The popup marks when it has painted an article in its faces itself; for a page that is not one,
 * this marks when `.popup-message` has been painted the same way, from outside the extension's code:
 * once the faces being loaded have arrived, after the layout and paint of the next frame.
 */
const MARK_MESSAGE_SHOWN = `if (location.protocol === 'chrome-extension:') {
  new MutationObserver((_, observer) => {
    if (!document.querySelector('.popup-message')) return;
    observer.disconnect();
    document.fonts.ready.then(() =>
      requestAnimationFrame(() => setTimeout(() => performance.mark('${MESSAGE_SHOWN_MARK}'), 0)),
    );
  }).observe(document, { childList: true, subtree: true });
}`;

/**
 * The time of whichever mark the popup reaches, since its navigation started, once it reaches one.
 * It waits inside the page, on a PerformanceObserver, rather than being polled from outside: every
 * poll is a round trip through the browser process into the popup, on the machine being timed.
 * A function, not source text: the popup's CSP forbids the eval that text would need. It declares no
 * named function of its own, so tsx's transform adds no helper the popup lacks.
 */
const shownAt = (marks: { article: string; message: string; timeoutMs: number }): Promise<Sample | null> =>
  new Promise((resolve) => {
    const observer = new PerformanceObserver(() => {
      const article = performance.getEntriesByName(marks.article)[0];
      const message = performance.getEntriesByName(marks.message)[0];
      if (!article && !message) return;
      observer.disconnect();
      const text = document.querySelector('.popup-message')?.textContent ?? '';
      resolve(
        article
          ? { ms: article.startTime, outcome: 'article' }
          : { ms: message?.startTime ?? 0, outcome: `message: ${text}` },
      );
    });
    observer.observe({ type: 'mark' });
    // A mark of its own, so that the observer looks once now, for a mark set before it was observing.
    performance.mark('bench:waiting');
    setTimeout(() => {
      observer.disconnect();
      resolve(null);
    }, marks.timeoutMs);
  });

/** Marks message popups in every page the context opens from now on. */
export async function watchPopupMessages(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: MARK_MESSAGE_SHOWN });
}

/**
 * Opens the popup for the tab showing `url` (Hibr's, or that of the extension `ofExtension`) and
 * times it from navigation start to painted.
 */
export async function timePopupOpen(browser: ExtensionBrowser, url: string, ofExtension?: string): Promise<Sample> {
  const popup = await browser.openPopup(url, ofExtension);
  try {
    const marks = { article: ARTICLE_SHOWN_MARK, message: MESSAGE_SHOWN_MARK, timeoutMs: POPUP_TIMEOUT_MS };
    const shown = await popup.evaluate(shownAt, marks);
    if (!shown) throw new Error(`the popup for ${url} showed nothing in ${POPUP_TIMEOUT_MS} ms`);
    return shown;
  } finally {
    await popup.close();
  }
}
