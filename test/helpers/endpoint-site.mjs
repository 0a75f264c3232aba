/**
 * A second copy of the site, built with a ticket endpoint configured, served
 * for test/e2e/ticket-endpoint.spec.ts (a Playwright webServer starts this).
 * The endpoint points at the HTTP server that spec starts itself; the short
 * timeout lets the "no answer" test finish quickly.
 *
 *   node test/helpers/endpoint-site.mjs <site port> <endpoint URL>
 *
 * Plain JavaScript, so it runs on every Node the project supports. Served by
 * test/helpers/static-site.mjs (node:http, with the build's _headers) rather
 * than `astro preview`, which refuses a second preview of the same project.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { serveStaticSite } from './static-site.mjs';

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

// Served with the headers that build wrote (its CSP allows the endpoint's origin).
await serveStaticSite(outDir, Number(port));
