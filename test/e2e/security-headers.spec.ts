/**
 * The built site, served with exactly the headers of dist/_headers, runs with
 * no Content-Security-Policy violation: on every page, and through search,
 * the checker and the ticket form up to sending it to an endpoint.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { serveStaticSite } from '../helpers/static-site.mjs';
import { testPorts } from '../helpers/test-ports';
import { sitemapPaths } from './site-pages';
import { answers, fillForm, form, review } from './ticket-helpers';

const site = `http://127.0.0.1:${testPorts.headersSite}`;
let server: Server;
test.beforeAll(async () => {
  server = await serveStaticSite(resolve('dist'), testPorts.headersSite);
});
test.afterAll(async () => {
  await new Promise((done) => server.close(done));
});

/** Records every CSP violation the page reports, from before its first script runs. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(
        `${location.pathname}: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return violations;
}

test('every page is served with the security headers, and none breaks the policy', async ({ page }) => {
  test.setTimeout(180_000);
  const violations = await watchViolations(page);
  for (const path of [...sitemapPaths(), '/404.html']) {
    const response = await page.goto(site + path, { waitUntil: 'load' });
    expect(response?.status(), path).toBe(200);
    const headers = response!.headers();
    expect(headers['content-security-policy'], path).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(headers['content-security-policy'], path).not.toMatch(/unsafe-inline/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
  }
  expect(violations).toEqual([]);
});

test('the policy is enforced: an inline script that is not hashed does not run', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto(`${site}/`);
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
    return (window as unknown as { injected?: boolean }).injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations.length).toBeGreaterThan(0);
});

test('search loads its index and WebAssembly and shows results within the policy', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto(`${site}/search/?q=MongoNetworkError`);
  await expect(page.locator('.search-results li a').first()).toBeVisible();
  await page.getByRole('radio', { name: 'Docs' }).check();
  await expect(page.getByRole('status')).toContainText('in Docs');
  expect(violations).toEqual([]);
});

test('the checker answers within the policy', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto(`${site}/check/`);
  await page.getByRole('radio', { name: 'Pro' }).check();
  await page.getByLabel('What do you need help with?').selectOption('install-help');
  await page.getByRole('radio', { name: 'No', exact: true }).check();
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', /\w+/);
  expect(violations).toEqual([]);
});

test('the ticket form sends to its endpoint within the policy', async ({ page }) => {
  // The endpoint build (playwright.config.ts) is served with its own _headers, whose
  // connect-src names the endpoint's origin. The endpoint's answer comes from this
  // test, so it never competes with ticket-endpoint.spec.ts for the real server;
  // the browser applies the policy before the request could leave.
  const endpointSite = `http://127.0.0.1:${testPorts.endpointSite}`;
  const endpoint = `http://127.0.0.1:${testPorts.ticketServer}/tickets`;
  const received: unknown[] = [];
  await page.route(endpoint, async (route) => {
    const cors = {
      'Access-Control-Allow-Origin': endpointSite,
      'Access-Control-Allow-Headers': 'content-type',
      'Access-Control-Allow-Methods': 'POST',
    };
    if (route.request().method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
    received.push(route.request().postDataJSON());
    return route.fulfill({ status: 201, headers: { ...cors, 'Content-Type': 'application/json' }, body: '{"reference":"TD-CSP"}' });
  });
  const violations = await watchViolations(page);
  const response = await page.goto(`${endpointSite}/ticket/`);
  expect(response?.headers()['content-security-policy']).toContain(`connect-src 'self' http://127.0.0.1:${testPorts.ticketServer}`);
  await expect(form(page)).toBeVisible();
  await fillForm(page, answers({ package: 'enterprise' }));
  await review(page);
  await page.getByRole('button', { name: 'Send the ticket' }).click();
  await expect(page.getByRole('heading', { name: 'Your ticket was sent' })).toBeVisible();
  await expect(page.locator('.sent')).toContainText('TD-CSP');
  expect(received).toHaveLength(1);
  expect(violations).toEqual([]);
});
