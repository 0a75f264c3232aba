import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { testPorts } from './test/helpers/test-ports';

// The browser tests run against the built site; `npm test` builds it first.
if (!existsSync('dist/index.html')) {
  throw new Error('No built site in dist/: run `npm run build` first (or use `npm test`, which does).');
}

const PORT = testPorts.site;
// The ticket endpoint tests use a second build of the site, with PUBLIC_TICKET_ENDPOINT pointing at
// a server the spec itself starts (test/helpers/ticket-server.ts).
const ENDPOINT_SITE_PORT = testPorts.endpointSite;
const TICKET_SERVER_PORT = testPorts.ticketServer;

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['github']] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download is not available here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
  },
  projects: [
    {
      name: 'desktop-light',
      use: { ...devices['Desktop Chrome'], colorScheme: 'light' },
      testIgnore: /ticket-endpoint\.spec\.ts/,
    },
    {
      // Every page again on a phone-sized screen in dark mode: layout and contrast.
      name: 'mobile-dark',
      use: { ...devices['Pixel 7'], colorScheme: 'dark' },
      testMatch: /pages\.spec\.ts/,
    },
    {
      name: 'ticket-endpoint',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${ENDPOINT_SITE_PORT}` },
      testMatch: /ticket-endpoint\.spec\.ts/,
    },
  ],
  webServer: [
    {
      command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      // Never reuse: a server already on this port may serve another checkout's or an older build,
      // and the tests would pass or fail on the wrong site. Set PORTAL_TEST_PORT to run beside one.
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node test/helpers/endpoint-site.mjs ${ENDPOINT_SITE_PORT} http://127.0.0.1:${TICKET_SERVER_PORT}/tickets`,
      url: `http://127.0.0.1:${ENDPOINT_SITE_PORT}/ticket/`,
      // Always a fresh build: a leftover server could carry another endpoint.
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
