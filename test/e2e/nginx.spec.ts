/**
 * The nginx server block the build writes (dist/_nginx.conf) is valid for
 * Debian's nginx and serves the built site: pages, the 404 page with status
 * 404, the "/" redirect, cached assets, and the same security headers as
 * dist/_headers on every answer. nginx runs as a child of this test, on a
 * test port, with its files in a temporary folder (no root needed).
 */
import { expect, test } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseHeadersFile } from '../helpers/static-site.mjs';
import { testPorts } from '../helpers/test-ports';

const NGINX = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';
const port = testPorts.nginx;
const base = `http://127.0.0.1:${port}`;
const dist = resolve('dist');

test.describe.configure({ mode: 'serial' });

let prefix: string;
let nginx: ChildProcess | undefined;

/** The generated server block, moved to the test's port and this checkout's dist/: only those two lines change. */
function serverBlock(): string {
  const generated = readFileSync(join(dist, '_nginx.conf'), 'utf8');
  const adapted = generated
    .replace(/^ {4}listen 8080;$/m, `    listen 127.0.0.1:${port};`)
    .replace(/^ {4}root \/usr\/share\/nginx\/html;$/m, `    root ${dist};`);
  const changed = generated.split('\n').filter((line, i) => line !== adapted.split('\n')[i]);
  expect(changed, 'the generated block listens on 8080 and serves /usr/share/nginx/html, as the Dockerfile expects').toHaveLength(2);
  return adapted;
}

test.beforeAll(() => {
  expect(existsSync(NGINX), `nginx is not installed at ${NGINX}: apt-get install nginx (bash .ci/run does), or set NGINX_PATH`).toBe(true);
  prefix = mkdtempSync(join(tmpdir(), 'portal-nginx-'));
  writeFileSync(join(prefix, 'portal.conf'), serverBlock());
  // A minimal main file around it, every writable path inside the temporary folder.
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${name}_temp_path ${prefix}/${name};`);
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      'worker_processes 1;',
      `pid ${prefix}/nginx.pid;`,
      `error_log ${prefix}/error.log;`,
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...temp,
      `  include ${prefix}/portal.conf;`,
      '}',
      '',
    ].join('\n'),
  );
});

test.afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((done) => nginx!.once('exit', done));
    nginx.kill('SIGQUIT');
    await exited;
  }
  rmSync(prefix, { recursive: true, force: true });
});

test('nginx -t accepts the generated configuration', () => {
  const check = spawnSync(NGINX, ['-t', '-p', prefix, '-c', join(prefix, 'nginx.conf')], { encoding: 'utf8' });
  expect(check.stderr).toContain('syntax is ok');
  expect(check.status, check.stderr).toBe(0);
});

test('nginx serves the site with the security headers of dist/_headers', async ({ request }) => {
  nginx = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  nginx.stderr!.on('data', (chunk) => (stderr += chunk));
  await expect
    .poll(async () => (await request.get(`${base}/`).catch(() => undefined))?.status(), {
      message: `nginx did not start: ${stderr}`,
      timeout: 10_000,
    })
    .toBe(200);

  const [rule] = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
  const expected = Object.fromEntries(Object.entries(rule!.headers).map(([name, value]) => [name.toLowerCase(), value]));
  const expectHeaders = (headers: Record<string, string>, what: string) => {
    for (const [name, value] of Object.entries(expected)) expect(headers[name], `${name} on ${what}`).toBe(value);
  };

  const home = await request.get(`${base}/`);
  expect(home.headers()['content-type']).toBe('text/html; charset=utf-8');
  expectHeaders(home.headers(), '/');

  const article = await request.get(`${base}/kb/emails-not-sent/`);
  expect(article.status()).toBe(200);
  expect(await article.text()).toMatch(/<h1[\s>]/);
  expectHeaders(article.headers(), 'an article');

  const missing = await request.get(`${base}/no-such-page/`);
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('Page not found');
  expectHeaders(missing.headers(), 'the 404 page');

  const noSlash = await request.get(`${base}/kb/emails-not-sent`, { maxRedirects: 0 });
  expect(noSlash.status()).toBe(301);
  expect(noSlash.headers()['location']).toBe('/kb/emails-not-sent/');

  const asset = readdirSync(join(dist, '_astro')).find((name) => name.endsWith('.js'));
  const cached = await request.get(`${base}/_astro/${asset}`);
  expect(cached.status()).toBe(200);
  expect(cached.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expectHeaders(cached.headers(), 'a hashed asset');

  for (const hostFile of ['/_headers', '/_nginx.conf']) expect((await request.get(base + hostFile)).status(), hostFile).toBe(404);
});
