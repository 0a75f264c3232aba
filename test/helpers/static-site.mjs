/**
 * A tiny static server for a built site that sends exactly the headers the
 * build wrote in its `_headers` file (the Netlify / Cloudflare Pages format),
 * so browser tests see the Content-Security-Policy a real host would send.
 * Directory URLs serve their index.html; anything missing gets 404.html with 404.
 * A site built with a base path (PORTAL_BASE_PATH) is served under it, as a
 * host would: only addresses under the base lead to its files.
 *
 * Plain JavaScript, so test/helpers/channel-site.mjs can run it with plain Node.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * The rules of a `_headers` file: a path pattern (`*` matches anything) on
 * its own line, then indented `Name: value` lines. Every matching rule applies.
 */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(
        `^${line
          .trim()
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*')}$`,
      );
      rules.push({ pattern, headers: {} });
    } else {
      const rule = rules.at(-1);
      const colon = line.indexOf(':');
      if (!rule || colon < 0)
        throw new Error(`_headers: a header line outside a path rule, or without "Name: value": ${JSON.stringify(line)}`);
      rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

/**
 * Starts serving `dir` on 127.0.0.1:`port` under `base` (default "/"; e.g. "/support/"
 * serves dir/kb/x/index.html at /support/kb/x/); resolves to the server once it listens.
 */
export function serveStaticSite(dir, port, { base = '/' } = {}) {
  if (!base.startsWith('/') || !base.endsWith('/'))
    throw new Error(`serveStaticSite: base must start and end with "/", got ${JSON.stringify(base)}`);
  const headersPath = join(dir, '_headers');
  if (!existsSync(headersPath)) throw new Error(`${headersPath} is missing: build the site first (npm run build writes it)`);
  const rules = parseHeadersFile(readFileSync(headersPath, 'utf8'));
  const headersFor = (pathname) => Object.assign({}, ...rules.filter((rule) => rule.pattern.test(pathname)).map((rule) => rule.headers));

  const fileFor = (pathname) => {
    if (!pathname.startsWith(base)) return undefined;
    const path = normalize(join(dir, decodeURIComponent(pathname.slice(base.length - 1))));
    if (!path.startsWith(dir)) return undefined;
    const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
    return existsSync(file) && statSync(file).isFile() ? file : undefined;
  };

  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = fileFor(pathname);
    const headers = headersFor(pathname);
    if (!file) {
      response.writeHead(404, { ...headers, 'Content-Type': TYPES['.html'] }).end(readFileSync(join(dir, '404.html')));
      return;
    }
    response.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
