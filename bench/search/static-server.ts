/**
 * Serves a built site on 127.0.0.1 the way a plain web server or CDN would:
 * directory URLs answer with their index.html, and text responses (HTML, CSS,
 * JS, JSON, SVG, XML, WebAssembly) are gzipped when the browser accepts it,
 * so measured transfer sizes are what a visitor would download. Pagefind's
 * own index files are compressed already and go out as they are.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

async function resolveFile(root: string, pathname: string): Promise<string | undefined> {
  const file = normalize(join(root, decodeURIComponent(pathname)));
  if (!file.startsWith(root)) return undefined;
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) return resolveFile(root, join(pathname, 'index.html'));
  return info?.isFile() ? file : undefined;
}

export function serveStatic(root: string): Promise<RunningServer> {
  const server: Server = createServer(async (request, response) => {
    const file = await resolveFile(root, new URL(request.url ?? '/', 'http://x').pathname);
    if (!file) {
      response.writeHead(404).end('not found');
      return;
    }
    const type = TYPES[extname(file)];
    let body = await readFile(file);
    const headers: Record<string, string> = { 'content-type': type ?? 'application/octet-stream' };
    if (type && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      body = gzipSync(body, { level: 6 });
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    response.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
