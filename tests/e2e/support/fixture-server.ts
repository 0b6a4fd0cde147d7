import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

const ARTICLES = fileURLToPath(new URL('../../fixtures/articles/', import.meta.url));
/** /articles/<case-id>/ : a fixture page, by its folder name. */
const ARTICLE_PATH = /^\/articles\/([\w-]+)\/?$/;
/** Any image path: answered with a drawn placeholder, since the fixtures' photos are not shipped. */
const IMAGE_PATH = /\.(?:jpe?g|png|webp|gif|avif)$/i;

const PLACEHOLDER_IMAGE = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="450" viewBox="0 0 800 450">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#c9b79c"/><stop offset="1" stop-color="#7d6b55"/></linearGradient></defs>
<rect width="800" height="450" fill="url(#g)"/><circle cx="600" cy="140" r="60" fill="#efe3cf" opacity=".7"/>
<path d="M0 360 L220 220 L380 330 L520 250 L800 400 L800 450 L0 450Z" fill="#4d4236" opacity=".8"/></svg>`;

export interface ServedPage {
  body: string;
  headers?: Readonly<Record<string, string>>;
}

export interface FixtureServer {
  origin: string;
  /** The address of fixture case `id` on this server. */
  articleUrl: (id: string) => string;
  /** Extra pages a test serves, by path, with any response headers they need. */
  pages: Map<string, ServedPage>;
  /** Paths requested so far, in order (for tests that watch for leaks). */
  requests: string[];
  close: () => Promise<void>;
}

interface Response {
  status: number;
  type: string;
  body: string;
  headers?: Readonly<Record<string, string>>;
}

async function respond(path: string, pages: Map<string, ServedPage>): Promise<Response> {
  const extra = pages.get(path);
  if (extra !== undefined) return { status: 200, type: 'text/html; charset=utf-8', ...extra };
  const article = ARTICLE_PATH.exec(path);
  if (article) {
    try {
      const body = await readFile(`${ARTICLES}${article[1]}/source.html`, 'utf8');
      return { status: 200, type: 'text/html; charset=utf-8', body };
    } catch {
      return { status: 404, type: 'text/plain', body: 'no such fixture' };
    }
  }
  if (IMAGE_PATH.test(path)) return { status: 200, type: 'image/svg+xml', body: PLACEHOLDER_IMAGE };
  return { status: 404, type: 'text/plain', body: 'not found' };
}

/** Serves the project's fixture pages on 127.0.0.1, on a free port. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const pages = new Map<string, ServedPage>();
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    void respond(path, pages).then(({ status, type, body, headers }) => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      response.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    articleUrl: (id) => `${origin}/articles/${id}/`,
    pages,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
