/**
 * What a visitor's first search costs, measured in headless Chromium against
 * the served output: open /search/ with an empty cache, submit one word, and
 * count every request and byte from the submit until the first results are
 * on screen, plus the time that took. The search page itself is not counted:
 * it is the cost of the search, not of the page.
 */
import { chromium } from '@playwright/test';
import { serveStatic } from './static-server.ts';

export interface SearchCost {
  word: string;
  results: number;
  requests: number;
  /** Bytes on the wire (compressed bodies plus headers). */
  bytes: number;
  /** Milliseconds from submit to the first result in the list, median of the runs. */
  ms: number;
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

export async function searchCost(dist: string, word: string, runs = 3): Promise<SearchCost> {
  const server = await serveStatic(dist);
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const samples: SearchCost[] = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext(); // a new context has an empty cache
      const page = await context.newPage();
      await page.goto(`${server.url}/search/`, { waitUntil: 'networkidle' });

      const counted: Promise<number>[] = [];
      page.on('requestfinished', (request) =>
        counted.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)),
      );
      // Submit without typing: typing would also start the search-as-you-type timer, a second search.
      await page.evaluate((term) => {
        const times: Record<string, number> = {};
        (window as unknown as { benchSearch: Record<string, number> }).benchSearch = times;
        const list = document.querySelector('.search-results')!;
        new MutationObserver(() => {
          times['shown'] ??= performance.now();
        }).observe(list, { childList: true });
        const form = document.querySelector<HTMLFormElement>('portal-search form')!;
        form.querySelector<HTMLInputElement>('input[type="search"]')!.value = term;
        times['submitted'] = performance.now();
        form.requestSubmit();
      }, word);
      await page.locator('.search-results li').first().waitFor({ timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      const times = await page.evaluate(() => (window as unknown as { benchSearch: Record<string, number> }).benchSearch);
      const status = (await page.getByRole('status').textContent()) ?? '';
      const bytes = (await Promise.all(counted)).reduce((a, b) => a + b, 0);
      samples.push({
        word,
        results: Number(/^(\d+) result/.exec(status)?.[1] ?? 0),
        requests: counted.length,
        bytes,
        ms: times['shown']! - times['submitted']!,
      });
      await context.close();
    }
    const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
    return { ...samples[0]!, ms: sorted[Math.floor(sorted.length / 2)]! };
  } finally {
    await browser.close();
    await server.close();
  }
}
