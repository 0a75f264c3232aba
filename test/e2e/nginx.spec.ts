/**
 * The nginx server block the build writes (_nginx.conf) is valid for Debian's
 * nginx and serves the built site: pages, the 404 page with status 404, the
 * "/" redirect, cached assets, and the same security headers as _headers on
 * every answer. Twice: the root build (dist/), and the base-path build of the
 * "base-path" project (served under /support/ only, nothing outside it).
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BASE_PATH_SITE_DIR, BASE_PATH_UNDER_TEST } from '../helpers/base-path-site';
import { NginxUnderTest, type NginxSite } from '../helpers/nginx-server';
import { parseHeadersFile } from '../helpers/static-site.mjs';
import { testPorts } from '../helpers/test-ports';

test.describe.configure({ mode: 'serial' });

/** Requests every kind of answer the block gives, under the build's base path. */
async function expectServedSite(request: APIRequestContext, site: NginxSite, origin: string) {
  const at = (path: string) => `${origin}${site.base}${path}`;
  const [rule] = parseHeadersFile(readFileSync(join(site.dist, '_headers'), 'utf8'));
  const expected = Object.fromEntries(Object.entries(rule!.headers).map(([name, value]) => [name.toLowerCase(), value]));
  const expectHeaders = (headers: Record<string, string>, what: string) => {
    for (const [name, value] of Object.entries(expected)) expect(headers[name], `${name} on ${what}`).toBe(value);
  };

  const home = await request.get(at(''));
  expect(home.status()).toBe(200);
  expect(home.headers()['content-type']).toBe('text/html; charset=utf-8');
  expectHeaders(home.headers(), 'the home page');

  const article = await request.get(at('kb/emails-not-sent/'));
  expect(article.status()).toBe(200);
  expect(await article.text()).toMatch(/<h1[\s>]/);
  expectHeaders(article.headers(), 'an article');

  const missing = await request.get(at('no-such-page/'));
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('Page not found');
  expectHeaders(missing.headers(), 'the 404 page');

  const noSlash = await request.get(at('kb/emails-not-sent'), { maxRedirects: 0 });
  expect(noSlash.status()).toBe(301);
  expect(noSlash.headers()['location']).toBe(`${site.base}kb/emails-not-sent/`);

  const asset = readdirSync(join(site.dist, '_astro')).find((name) => name.endsWith('.js'));
  const cached = await request.get(at(`_astro/${asset}`));
  expect(cached.status()).toBe(200);
  expect(cached.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expectHeaders(cached.headers(), 'a hashed asset');

  const markdown = await request.get(at('kb/emails-not-sent.md'));
  expect(markdown.status()).toBe(200);
  expect(markdown.headers()['content-type']).toBe('text/markdown; charset=utf-8');

  for (const hostFile of ['_headers', '_nginx.conf']) expect((await request.get(at(hostFile))).status(), hostFile).toBe(404);
}

const builds: { name: string; site: NginxSite }[] = [
  { name: 'the root build (dist/)', site: { dist: resolve('dist'), base: '/', port: testPorts.nginx } },
  {
    name: `the base-path build (${BASE_PATH_UNDER_TEST})`,
    site: { dist: BASE_PATH_SITE_DIR, base: BASE_PATH_UNDER_TEST, port: testPorts.nginx },
  },
];

for (const { name, site } of builds) {
  test.describe(name, () => {
    let nginx: NginxUnderTest;
    test.beforeAll(() => {
      nginx = new NginxUnderTest(site);
    });
    test.afterAll(() => nginx.stop());

    test('nginx -t accepts the generated configuration', () => {
      const { status, report } = nginx.check();
      expect(report).toContain('syntax is ok');
      expect(status, report).toBe(0);
    });

    test('nginx serves the site with the security headers of _headers', async ({ request }) => {
      await nginx.start(site.base);
      await expectServedSite(request, site, nginx.url);
      if (site.base !== '/') {
        // The portal owns its path only: the rest of the host is not its to answer.
        expect((await request.get(`${nginx.url}/`)).status()).toBe(404);
        expect((await request.get(`${nginx.url}/kb/emails-not-sent/`)).status()).toBe(404);
      }
    });
  });
}
