/** Why Hibr cannot read a tab before even trying, or 'readable'. */
export type TabAccess = 'readable' | 'restricted' | 'pdf';

/** Schemes of the browser's own pages, which extensions may not script. */
const BROWSER_SCHEMES =
  /^(?:chrome|chrome-extension|chrome-untrusted|chrome-search|devtools|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|data|javascript|blob):/i;
/** Extension stores: browsers refuse injection into them. */
const STORE_PAGES = [
  /^https:\/\/chromewebstore\.google\.com\//i,
  /^https:\/\/chrome\.google\.com\/webstore/i,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/i,
  /^https:\/\/addons\.mozilla\.org\//i,
];
/** A path that ends in .pdf. */
const PDF_PATH = /\.pdf$/i;
/** Chrome's PDF viewer extension id. */
const CHROME_PDF_VIEWER = 'mhjfbmdgcfjbbpaeojofohoefgiehjai';

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

/** Decides from the tab's address alone; pages that only refuse at injection are caught there. */
export function classifyTabUrl(url: string | undefined): TabAccess {
  if (!url) return 'restricted';
  if (url.includes(CHROME_PDF_VIEWER) || PDF_PATH.test(pathOf(url))) return 'pdf';
  if (BROWSER_SCHEMES.test(url)) return 'restricted';
  if (STORE_PAGES.some((store) => store.test(url))) return 'restricted';
  return 'readable';
}
