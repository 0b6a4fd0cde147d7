/** Frames on a page: where an article might be that Hibr, reading the top frame only, cannot see. */
const FRAMES = 'iframe[src], frame[src]';
/** A width or height of under 100 pixels: a tracking pixel, a like button, a badge. */
const SMALL_SIZE = /^\d{1,2}(?:px)?$/;
/** Hosts whose frames are players, posts, maps or ads, never the article itself. */
const EMBED_HOSTS =
  /(?:^|\.)(?:youtube(?:-nocookie)?\.com|vimeo\.com|dailymotion\.com|facebook\.com|twitter\.com|x\.com|instagram\.com|tiktok\.com|soundcloud\.com|spotify\.com|google\.com|doubleclick\.net|googlesyndication\.com|taboola\.com|outbrain\.com|disqus\.com)$/i;

function mayHoldArticle(frame: Element, baseUrl: string): boolean {
  if (SMALL_SIZE.test(frame.getAttribute('width') ?? '') || SMALL_SIZE.test(frame.getAttribute('height') ?? '')) {
    return false;
  }
  try {
    const src = new URL(frame.getAttribute('src') ?? '', baseUrl);
    return (src.protocol === 'https:' || src.protocol === 'http:') && !EMBED_HOSTS.test(src.hostname);
  } catch {
    return false;
  }
}

/** Whether the page embeds a frame that could hold an article (not a video, post, map or ad). */
export function hasArticleFrame(document: Document, baseUrl: string): boolean {
  return Array.from(document.querySelectorAll(FRAMES)).some((frame) => mayHoldArticle(frame, baseUrl));
}
