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
 * build's environment. PORTAL_BASE_PATH=/x/ is accepted too: that copy is built
 * and served under that path (test/e2e/base-path.spec.ts); so is
 * PORTAL_SEARCH_INDEX_PARTS=n (its search index in n parts). The builds run one after the other (two Astro builds of
 * one project at once would share its caches), then every copy is served.
 *
 * Plain JavaScript, so it runs on every Node the project supports. Served by
 * test/helpers/static-site.mjs rather than `astro preview`, which refuses a
 * second preview of the same project.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { serveStaticSite } from './static-site.mjs';

const USAGE =
  'usage: node test/helpers/channel-site.mjs <port> <name> PUBLIC_KEY=VALUE…|PORTAL_BASE_PATH=/path/|PORTAL_SEARCH_INDEX_PARTS=n [-- <port> <name> PUBLIC_KEY=VALUE…]…';
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
    if (
      !/^\d+$/.test(port ?? '') ||
      !/^[\w-]+$/.test(name ?? '') ||
      pairs.some((pair) => !/^(PUBLIC_\w+|PORTAL_BASE_PATH|PORTAL_SEARCH_INDEX_PARTS)=/.test(pair))
    )
      throw new Error(USAGE);
    const settings = Object.fromEntries(pairs.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
    sites.push({ port: Number(port), outDir: join(project, '.cache', name), settings });
    current = [];
  }
  return sites;
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

// Each copy is served with the headers its own build wrote (its CSP allows the service it points at),
// so the channel specs also prove that sending works under the published Content-Security-Policy.
for (const { port, outDir, settings } of sites) await serveStaticSite(outDir, port, { base: settings.PORTAL_BASE_PATH ?? '/' });
