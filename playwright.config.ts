import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { BASE_PATH_UNDER_TEST, SEARCH_INDEX_PARTS_UNDER_TEST } from './test/helpers/base-path-site';
import { testPorts } from './test/helpers/test-ports';
import { TEST_PROJECT_ID } from './test/helpers/tiledesk-server';

// The browser tests run against the built site; `npm test` builds it first.
if (!existsSync('dist/index.html')) {
  throw new Error('No built site in dist/: run `npm run build` first (or use `npm test`, which does).');
}

const PORT = testPorts.site;
// The ticket endpoint tests use a second build of the site, with PUBLIC_TICKET_ENDPOINT pointing at
// a server the spec itself starts (test/helpers/ticket-server.ts).
const ENDPOINT_SITE_PORT = testPorts.endpointSite;
const TICKET_SERVER_PORT = testPorts.ticketServer;
// The Tiledesk channel tests: a third build pointing at the stand-in Tiledesk API the spec starts
// (test/helpers/tiledesk-server.ts).
const TILEDESK_API = `http://127.0.0.1:${testPorts.tiledeskServer}/api`;

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
      testIgnore: /ticket-(endpoint|tiledesk)\.spec\.ts|base-path\.spec\.ts/,
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
    {
      // The whole site built under a base path, crawled and used (test/e2e/base-path.spec.ts).
      name: 'base-path',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${testPorts.basePathSite}` },
      testMatch: /base-path\.spec\.ts/,
    },
    {
      name: 'ticket-tiledesk',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${testPorts.tiledeskSite}` },
      testMatch: /ticket-tiledesk\.spec\.ts/,
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
      // Both channel builds and the base-path build, one after the other, then all served (test/helpers/channel-site.mjs).
      command:
        `node test/helpers/channel-site.mjs ${ENDPOINT_SITE_PORT} endpoint-site PUBLIC_TICKET_CHANNEL=endpoint ` +
        `PUBLIC_TICKET_ENDPOINT=http://127.0.0.1:${TICKET_SERVER_PORT}/tickets ` +
        `-- ${testPorts.tiledeskSite} tiledesk-site PUBLIC_TICKET_CHANNEL=tiledesk ` +
        `PUBLIC_TILEDESK_API_URL=${TILEDESK_API} PUBLIC_TILEDESK_PROJECT_ID=${TEST_PROJECT_ID} ` +
        `-- ${testPorts.basePathSite} base-path-site PORTAL_BASE_PATH=${BASE_PATH_UNDER_TEST} PORTAL_SEARCH_INDEX_PARTS=${SEARCH_INDEX_PARTS_UNDER_TEST}`,
      url: `http://127.0.0.1:${testPorts.tiledeskSite}/ticket/`,
      // Always fresh builds: a leftover server could carry other settings.
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
});
