/**
 * What the two islands do while they load. The first Intl formatter a page creates sets up ICU's
 * data, 30-50 ms of main thread in Chromium: built at module load it was 35 of the ~165 ms of
 * script in /ticket/'s load (BENCHMARKS.md). Dates and numbers for people are written by
 * src/coverage/dates.ts and src/coverage/readable-number.ts instead; this holds the islands to it,
 * with and without answers from a link, and with a saved draft (which formats dates and limits as
 * they are read, while the island is kept out of sight).
 */
import { expect, test, type Page } from '@playwright/test';
import { storedDraft } from './ticket-helpers';

/** Records every call that sets up ICU, in window.intlCalls, from the page's first script on. */
function watchIntl(page: Page) {
  return page.addInitScript(() => {
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
    for (const name of [
      'DateTimeFormat',
      'NumberFormat',
      'PluralRules',
      'RelativeTimeFormat',
      'ListFormat',
      'Collator',
      'Segmenter',
      'DisplayNames',
    ] as const) {
      watch(Intl, name, `Intl.${name}`);
    }
    watch(Number.prototype, 'toLocaleString', 'Number#toLocaleString');
    watch(Array.prototype, 'toLocaleString', 'Array#toLocaleString');
    for (const name of ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString'] as const) watch(Date.prototype, name, `Date#${name}`);
    for (const name of ['localeCompare', 'toLocaleUpperCase', 'toLocaleLowerCase'] as const)
      watch(String.prototype, name, `String#${name}`);
  });
}

/** The island has applied the browser's start and shows it: its controls are enabled and nothing is pending. */
async function applied(page: Page) {
  const control = page.url().includes('/check/') ? page.locator('#check-topic') : page.getByRole('button', { name: 'Start over' });
  await expect(control).toBeEnabled();
  await expect(page.locator('html')).not.toHaveAttribute('data-island-pending');
  await expect(page.locator('[data-verdict]').first()).toBeVisible();
}

const intlCalls = (page: Page) => page.evaluate(() => (window as unknown as { intlCalls: string[] }).intlCalls);

const ARRIVALS = [
  '/check/',
  '/check/?package=pro&topic=bug-fix&modified=no&start=2026-03-01&agents=30',
  '/ticket/',
  '/ticket/?package=enterprise&topic=install-help&modified=no&start=2026-03-01',
];

for (const path of ARRIVALS) {
  test(`${path} sets up no Intl formatter while it loads and hydrates`, async ({ page }) => {
    await watchIntl(page);
    await page.goto(path);
    await applied(page);
    expect(await intlCalls(page)).toEqual([]);
  });
}

test('/ticket/ with a saved draft sets up no Intl formatter while it restores it', async ({ page }) => {
  await page.goto('/ticket/?package=pro&topic=bug-fix&modified=no&start=2026-03-01&agents=12');
  await applied(page);
  await page.getByRole('textbox', { name: /^Subject/ }).fill('Widget shows localhost');
  await expect.poll(async () => (await storedDraft(page))?.fields['subject']).toBe('Widget shows localhost');
  await watchIntl(page);
  await page.reload();
  await applied(page);
  await expect(page.locator('.draft-note')).toContainText(/Your draft from \d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2} was restored/);
  expect(await intlCalls(page)).toEqual([]);
});
