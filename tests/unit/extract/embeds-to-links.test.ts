// @vitest-environment jsdom
// jsdom: happy-dom tries to load every parsed <iframe> and logs an error for each.
import { describe, expect, it } from 'vitest';
import { embedsToLinks } from '../../../src/extract/embeds-to-links';

const LABEL = 'شاهد الفيديو';

function article(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<!doctype html><body><article>${html}</article></body>`, 'text/html').body
    .firstElementChild as HTMLElement;
}

function links(root: Element): { href: string | null; text: string | null }[] {
  return Array.from(root.querySelectorAll('a'), (a) => ({ href: a.getAttribute('href'), text: a.textContent }));
}

describe('embedsToLinks', () => {
  it('turns a YouTube embed into a paragraph linking to the watch page', () => {
    const root = article('<p>قبل</p><iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ?rel=0"></iframe><p>بعد</p>');
    embedsToLinks(root, LABEL);
    expect(root.querySelector('iframe')).toBeNull();
    expect(links(root)).toEqual([{ href: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', text: LABEL }]);
    expect(Array.from(root.children, (child) => child.tagName)).toEqual(['P', 'P', 'P']);
  });

  it('links youtube-nocookie and Vimeo embeds to their own pages', () => {
    const root = article(
      '<iframe src="https://www.youtube-nocookie.com/embed/abcDEF123"></iframe>' +
        '<iframe src="https://player.vimeo.com/video/76979871"></iframe>',
    );
    embedsToLinks(root, LABEL);
    expect(links(root).map((link) => link.href)).toEqual([
      'https://www.youtube.com/watch?v=abcDEF123',
      'https://vimeo.com/76979871',
    ]);
  });

  it('links a video by its <source>', () => {
    const root = article('<video controls><source src="https://cdn.example.com/clip.mp4"></video>');
    embedsToLinks(root, LABEL);
    expect(links(root)).toEqual([{ href: 'https://cdn.example.com/clip.mp4', text: LABEL }]);
  });

  it('removes an about:blank iframe without leaving a link', () => {
    const root = article('<p>نص</p><iframe src="about:blank"></iframe>');
    embedsToLinks(root, LABEL);
    expect(root.querySelector('iframe')).toBeNull();
    expect(links(root)).toEqual([]);
    expect(root.textContent).toBe('نص');
  });

  it('removes an iframe with no address at all', () => {
    const root = article('<iframe data-src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>');
    embedsToLinks(root, LABEL);
    expect(root.children).toHaveLength(0);
  });
});
