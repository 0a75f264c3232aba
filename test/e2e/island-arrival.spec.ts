/**
 * What the two islands do while they load. The first Intl formatter a page creates sets up ICU's
 * data, 30-50 ms of main thread in Chromium: built at module load it was 35 of the ~165 ms of
 * script in /ticket/'s load (BENCHMARKS.md). Dates and numbers for people are written by
 * src/coverage/dates.ts and src/coverage/readable-number.ts instead; this holds the islands to it,
 * with and without answers from a link (which format dates and limits as they are read).
 */
import { expect, test } from '@playwright/test';

const ARRIVALS = [
  '/check/',
  '/check/?package=pro&topic=bug-fix&modified=no&start=2026-03-01&agents=30',
  '/ticket/',
  '/ticket/?package=enterprise&topic=install-help&modified=no&start=2026-03-01',
];

for (const path of ARRIVALS) {
  test(`${path} builds no Intl formatter while it loads and hydrates`, async ({ page }) => {
    await page.addInitScript(() => {
      const calls: string[] = [];
      (window as unknown as { intlCalls: string[] }).intlCalls = calls;
      const watch = <T extends object>(owner: T, name: keyof T & string, label: string) => {
        const original = owner[name] as unknown as (...args: unknown[]) => unknown;
        const watched = function (this: unknown, ...args: unknown[]) {
          calls.push(label);
          return new.target ? Reflect.construct(original, args, new.target) : original.apply(this, args);
        };
        Object.defineProperty(owner, name, { value: watched, configurable: true, writable: true });
      };
      for (const name of ['DateTimeFormat', 'NumberFormat', 'PluralRules', 'RelativeTimeFormat', 'ListFormat', 'Collator'] as const) {
        watch(Intl, name, `Intl.${name}`);
      }
      watch(Number.prototype, 'toLocaleString', 'Number#toLocaleString');
      for (const name of ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString'] as const)
        watch(Date.prototype, name, `Date#${name}`);
    });
    await page.goto(path);
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await expect(page.locator('[data-verdict]').first()).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { intlCalls: string[] }).intlCalls)).toEqual([]);
  });
}
