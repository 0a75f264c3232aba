import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

// The browser tests run against the built site; `npm test` builds it first.
if (!existsSync('dist/index.html')) {
  throw new Error('No built site in dist/: run `npm run build` first (or use `npm test`, which does).');
}

const PORT = Number(process.env.PORTAL_TEST_PORT ?? 4329);

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
    { name: 'desktop-light', use: { ...devices['Desktop Chrome'], colorScheme: 'light' } },
    {
      // Every page again on a phone-sized screen in dark mode: layout and contrast.
      name: 'mobile-dark',
      use: { ...devices['Pixel 7'], colorScheme: 'dark' },
      testMatch: /pages\.spec\.ts/,
    },
  ],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
