/** Video hosts whose embeds become a link to the video's own page. */
const EMBED_TO_WATCH_URL: readonly [RegExp, (id: string) => string][] = [
  [/youtube(?:-nocookie)?\.com\/embed\/([\w-]{6,})/, (id) => `https://www.youtube.com/watch?v=${id}`],
  [/player\.vimeo\.com\/video\/(\d+)/, (id) => `https://vimeo.com/${id}`],
  [/dailymotion\.com\/embed\/video\/(\w+)/, (id) => `https://www.dailymotion.com/video/${id}`],
];

function watchUrl(src: string): string {
  for (const [pattern, toWatch] of EMBED_TO_WATCH_URL) {
    const id = pattern.exec(src)?.[1];
    if (id) return toWatch(id);
  }
  return src;
}

/**
 * Replaces embedded frames, objects and videos with a paragraph that links to what they showed:
 * a reader page runs no third-party frame, but the reader should still know a video was there.
 * `label` is the link text, in the article's language.
 */
export function embedsToLinks(root: Element, label: string): void {
  const doc = root.ownerDocument;
  for (const embed of Array.from(root.querySelectorAll('iframe, embed, object, video'))) {
    const src =
      embed.getAttribute('src') ??
      embed.getAttribute('data') ??
      embed.querySelector('source[src]')?.getAttribute('src') ??
      '';
    if (src === '' || src.startsWith('about:')) {
      embed.remove();
      continue;
    }
    const paragraph = doc.createElement('p');
    const link = doc.createElement('a');
    link.setAttribute('href', watchUrl(src));
    link.textContent = label;
    paragraph.append(link);
    embed.replaceWith(paragraph);
  }
}
