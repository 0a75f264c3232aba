/**
 * A second copy of the site, built with a ticket endpoint configured, served
 * for test/e2e/ticket-endpoint.spec.ts (a Playwright webServer starts this).
 * The endpoint points at the HTTP server that spec starts itself; the short
 * timeout lets the "no answer" test finish quickly.
 *
 *   node test/helpers/endpoint-site.mjs <site port> <endpoint URL>
 *
 * Plain JavaScript, so it runs on every Node the project supports. Served by
 * node:http rather than `astro preview`, which refuses a second preview of
 * the same project.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const [port, endpoint] = process.argv.slice(2);
if (!port || !endpoint) throw new Error('usage: node test/helpers/endpoint-site.mjs <site port> <endpoint URL>');

const project = resolve(import.meta.dirname, '../..');
const outDir = join(project, '.cache/endpoint-site');
const build = spawnSync(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
  cwd: project,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PUBLIC_TICKET_ENDPOINT: endpoint, PUBLIC_TICKET_TIMEOUT_MS: '2000' },
});
if (build.status !== 0) process.exit(build.status ?? 1);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

/** The file for a URL path inside outDir (directory URLs serve their index.html), or undefined. */
function fileFor(pathname) {
  const path = normalize(join(outDir, decodeURIComponent(pathname)));
  if (!path.startsWith(outDir)) return undefined;
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const file = fileFor(pathname);
  if (!file) {
    response.writeHead(404, { 'Content-Type': TYPES['.html'] }).end(readFileSync(join(outDir, '404.html')));
    return;
  }
  response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
}).listen(Number(port), '127.0.0.1');
