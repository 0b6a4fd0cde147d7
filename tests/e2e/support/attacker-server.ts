import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Hit {
  path: string;
  origin: string;
  referer: string;
}

export interface AttackerServer {
  origin: string;
  hits: Hit[];
  close: () => Promise<void>;
}

/** A 1×1 transparent GIF: what the attacker answers, so that images "load". */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** The «attacker»: a server on 127.0.0.1 that records every request it gets. */
export async function startAttackerServer(): Promise<AttackerServer> {
  const hits: Hit[] = [];
  const server = createServer((request, response) => {
    hits.push({
      path: request.url ?? '',
      origin: String(request.headers.origin ?? ''),
      referer: String(request.headers.referer ?? ''),
    });
    response.writeHead(200, { 'content-type': 'image/gif', 'access-control-allow-origin': '*' });
    response.end(PIXEL);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
