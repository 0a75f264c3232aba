/**
 * More copies of the site, each built with other ticket settings (a delivery
 * channel and where it points), served for the ticket channel specs
 * (test/e2e/ticket-endpoint.spec.ts, ticket-tiledesk.spec.ts; one Playwright
 * webServer starts this). The services they point at are HTTP servers those
 * specs start themselves; a short timeout lets "no answer" tests finish quickly.
 *
 *   node test/helpers/channel-site.mjs <port> <name> PUBLIC_KEY=VALUE… [-- <port> <name> PUBLIC_KEY=VALUE…]…
 *
 * <name> is the build's folder under .cache/; the pairs are added to that
 * build's environment. The builds run one after the other (two Astro builds of
 * one project at once would share its caches), then every copy is served.
 *
 * Plain JavaScript, so it runs on every Node the project supports. Served by
 * node:http rather than `astro preview`, which refuses a second preview of
 * the same project.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const USAGE = 'usage: node test/helpers/channel-site.mjs <port> <name> PUBLIC_KEY=VALUE… [-- <port> <name> PUBLIC_KEY=VALUE…]…';
const project = resolve(import.meta.dirname, '../..');

/** The sites asked for on the command line. */
function parseSites(args) {
  const sites = [];
  let current = [];
  for (const arg of [...args, '--']) {
    if (arg !== '--') {
      current.push(arg);
      continue;
    }
    const [port, name, ...pairs] = current;
    if (!/^\d+$/.test(port ?? '') || !/^[\w-]+$/.test(name ?? '') || pairs.some((pair) => !/^PUBLIC_\w+=/.test(pair))) throw new Error(USAGE);
    const settings = Object.fromEntries(pairs.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
    sites.push({ port: Number(port), outDir: join(project, '.cache', name), settings });
    current = [];
  }
  return sites;
}

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
function fileFor(outDir, pathname) {
  const path = normalize(join(outDir, decodeURIComponent(pathname)));
  if (!path.startsWith(outDir)) return undefined;
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

const sites = parseSites(process.argv.slice(2));
for (const { outDir, settings } of sites) {
  const build = spawnSync(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: project,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PUBLIC_TICKET_TIMEOUT_MS: '2000', ...settings },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

for (const { port, outDir } of sites) {
  createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = fileFor(outDir, pathname);
    if (!file) {
      response.writeHead(404, { 'Content-Type': TYPES['.html'] }).end(readFileSync(join(outDir, '404.html')));
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  }).listen(port, '127.0.0.1');
}
