import type { Article, NotAnArticle } from '../extract/types';
import type { StringKey } from '../i18n/strings';
import { classifyTabUrl } from '../page-access/classify-tab-url';
import { parseExtractResult } from '../extract/parse-article';

/** What reading a tab gave: the article, or the message to show instead. */
export type ReadOutcome = { kind: 'article'; article: Article } | { kind: 'message'; message: StringKey };

const EXTRACT_SCRIPT = '/extract.js';

function messageFor(result: NotAnArticle): StringKey {
  if (result.error === 'too-large') return 'tooLarge';
  return result.hasFrames ? 'notAnArticleInFrame' : 'notAnArticle';
}

/** The tab the popup is about: `?tab=` when the page was opened for it, else the active tab. */
export async function targetTab(search: string): Promise<Browser.tabs.Tab | undefined> {
  const requested = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return browser.tabs.get(requested);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}

/**
 * Injects the extraction script into the tab's top frame and returns what it found. Only the top
 * frame is read: an article inside an iframe belongs to another site the user did not click on.
 */
export async function readTab(tab: Browser.tabs.Tab | undefined): Promise<ReadOutcome> {
  const access = classifyTabUrl(tab?.url ?? tab?.pendingUrl);
  if (access === 'restricted' || tab?.id === undefined) return { kind: 'message', message: 'restrictedPage' };
  if (access === 'pdf') return { kind: 'message', message: 'pdfPage' };
  let injected: { result?: unknown }[];
  try {
    injected = await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [EXTRACT_SCRIPT] });
  } catch {
    // Chrome refuses injection into pages it protects that the URL alone doesn't reveal.
    return { kind: 'message', message: 'restrictedPage' };
  }
  const result = parseExtractResult(injected[0]?.result);
  if (result === null) return { kind: 'message', message: 'readFailed' };
  if ('error' in result) return { kind: 'message', message: messageFor(result) };
  return { kind: 'article', article: result };
}
