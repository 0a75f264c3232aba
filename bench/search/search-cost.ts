/**
 * What a visitor's first search costs, measured in headless Chromium against
 * the served output: open /search/ with an empty cache, submit one word, and
 * count every request and byte from the submit until the first results are
 * on screen, plus the time that took. The search page itself is not counted:
 * it is the cost of the search, not of the page.
 */
import { chromium } from '@playwright/test';
import { MARK_INDEX_READY, MARK_RESULTS_SHOWN } from '../../src/lib/search-marks.ts';
import { serveStatic } from './static-server.ts';

/** What kind of file a request fetched, for the breakdown of the bytes. */
function fileKind(url: string): string {
  const path = new URL(url).pathname;
  // Part 1's files, or another part's (/pagefind/part-2/…) when the index is built in parts.
  const bundleFolder = (name: string) => new RegExp(`/pagefind/(part-\\d+/)?${name}/`).test(path);
  if (bundleFolder('fragment')) return 'fragments';
  if (bundleFolder('index')) return 'index chunks';
  if (bundleFolder('filter')) return 'filters';
  if (path.endsWith('/pagefind-entry.json')) return 'index entry files';
  if (path.endsWith('.pf_meta')) return 'index metadata';
  if (path.includes('/wasm.')) return 'WebAssembly';
  if (path.endsWith('.js')) return 'JavaScript';
  return path;
}

export interface SearchCost {
  word: string;
  results: number;
  requests: number;
  /** Bytes on the wire (compressed bodies plus headers). */
  bytes: number;
  /** Milliseconds from submit to the first result in the list, median of the runs. */
  ms: number;
  /** Milliseconds from the index being loaded (Pagefind initialised) to the results on screen, median of the runs. */
  afterIndexMs: number;
  /** Bytes by kind of file (JavaScript, WebAssembly, index chunks, fragments…), first run. */
  byKind: Record<string, number>;
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

      const counted: Promise<[string, number]>[] = [];
      page.on('requestfinished', (request) =>
        counted.push(request.sizes().then((s) => [fileKind(request.url()), s.responseBodySize + s.responseHeadersSize])),
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
      const marks = await page.evaluate(
        ([ready, shown]) => [performance.getEntriesByName(ready)[0]?.startTime, performance.getEntriesByName(shown)[0]?.startTime],
        [MARK_INDEX_READY, MARK_RESULTS_SHOWN] as const,
      );
      if (marks[0] === undefined || marks[1] === undefined)
        throw new Error(`the search page set no performance marks ${MARK_INDEX_READY} / ${MARK_RESULTS_SHOWN}`);
      const status = (await page.getByRole('status').textContent()) ?? '';
      const files = await Promise.all(counted);
      const byKind: Record<string, number> = {};
      for (const [kind, size] of files) byKind[kind] = (byKind[kind] ?? 0) + size;
      samples.push({
        word,
        results: Number(/^(\d+) result/.exec(status)?.[1] ?? 0),
        requests: files.length,
        bytes: files.reduce((sum, [, size]) => sum + size, 0),
        ms: times['shown']! - times['submitted']!,
        afterIndexMs: marks[1] - marks[0],
        byKind,
      });
      await context.close();
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    return { ...samples[0]!, ms: median(samples.map((s) => s.ms)), afterIndexMs: median(samples.map((s) => s.afterIndexMs)) };
  } finally {
    await browser.close();
    await server.close();
  }
}
