import type { Page } from '@playwright/test';

/**
 * Holds back the page's bundled scripts (the islands and every module they import), as a slow or
 * failing connection would. Astro's island retries a failed import once, a second later, with
 * `?astro-retry=<time>` added to its address (importWithRetry in astro-island.js), so the pattern
 * takes a query string too. Holding back only the island's own file does not stop it: its retry
 * loads, with the modules it imports, and the island comes alive.
 */
export const holdBackScripts = (page: Page) => page.route(/\/_astro\/[^?]+\.js(\?.*)?$/, (route) => route.abort());
