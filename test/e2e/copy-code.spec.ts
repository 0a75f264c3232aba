/** The copy buttons: a code block's exact text, and a page as Markdown; by mouse or keyboard, and they say so. */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const PAGE = '/docs/docker-compose/';

test('every code block has a copy button that copies its text', async ({ page }) => {
  await page.goto(PAGE);
  const blocks = page.locator('main copy-code');
  const count = await blocks.count();
  expect(count).toBeGreaterThan(1);
  await expect(page.locator('main copy-code .copy-code-button')).toHaveCount(count);
  await expect(page.locator('main pre')).toHaveCount(count);

  const second = blocks.nth(1);
  const code = await second.locator('pre').textContent();
  await second.getByRole('button', { name: 'Copy' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  await expect(second.getByRole('button')).toHaveText('Copied');
  await expect(second.getByRole('status')).toHaveText('Code copied to the clipboard');
  await expect(second.getByRole('button')).toHaveText('Copy', { timeout: 5000 });
});

test('the copy button works from the keyboard', async ({ page }) => {
  await page.goto(PAGE);
  const first = page.locator('main copy-code').first();
  const code = await first.locator('pre').textContent();
  const button = first.getByRole('button', { name: 'Copy' });
  for (let i = 0; i < 40 && !(await button.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  // Its code block stays a tab stop of its own, so a wide block still scrolls by keyboard.
  await page.keyboard.press('Shift+Tab');
  await expect(first.locator('pre')).toBeFocused();
});

test('adding the buttons moves nothing on the page', async ({ page }) => {
  await page.goto(PAGE, { waitUntil: 'load' });
  await expect(page.locator('main copy-code .copy-code-button').first()).toBeAttached();
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );
  expect(shift).toBeLessThanOrEqual(0.001);
});

test('pages without code blocks load no script', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  await page.goto('/packages/pro/');
  await expect(page.locator('main copy-code')).toHaveCount(0);
  expect(await page.locator('script').count()).toBe(0);
  expect(scripts).toEqual([]);
});

const ARTICLE = '/kb/port-already-in-use/';

test('"Copy as Markdown" copies the page\'s Markdown copy and says so', async ({ page }) => {
  await page.goto(ARTICLE);
  const line = page.locator('main .markdown-link');
  // Located by role alone: its name changes to "Copied" and back.
  const button = line.getByRole('button');
  await expect(button).toHaveText('Copy as Markdown');
  await button.click();
  await expect(line.getByRole('status')).toHaveText('Page copied as Markdown');
  await expect(button).toHaveText('Copied');
  const markdown = readFileSync('dist/kb/port-already-in-use.md', 'utf8');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);
  await expect(button).toHaveText('Copy as Markdown', { timeout: 5000 });
});

test('"Copy as Markdown" says when it could not copy, and the link stays', async ({ page }) => {
  await page.route('**/*.md', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
  await page.goto(ARTICLE);
  const line = page.locator('main .markdown-link');
  await line.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(line.getByRole('status')).toHaveText('Not copied: use View as Markdown');
  await expect(line.getByRole('button')).toHaveText('Not copied');
  await expect(line.getByRole('link', { name: 'View as Markdown' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('doc and article pages offer the Markdown link and no copy button', async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(page.locator('main .markdown-link').getByRole('link', { name: 'View as Markdown' })).toBeVisible();
    await expect(page.locator('main .markdown-link button')).toHaveCount(0);
  });
});
