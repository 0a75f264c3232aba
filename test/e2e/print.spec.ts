/** Printing prints the content: no header, footer, navigation or buttons, and link addresses written out. */
import { expect, test } from '@playwright/test';

test('print media hides the chrome and shows where links lead', async ({ page }) => {
  await page.goto('/docs/docker-compose/');
  await expect(page.locator('.site-header')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '.site-footer', '.docs-sidebar', '.toc', '.prev-next', '.copy-code-button']) {
    await expect(page.locator(selector).first(), selector).toBeHidden();
  }
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('main pre').first()).toBeVisible();
  const link = page.locator('main article a[href^="/"]').first();
  const href = await link.getAttribute('href');
  const after = await link.evaluate((el) => getComputedStyle(el, '::after').content);
  expect(after).toBe(`" (${href})"`);
});

test('the home page prints its content without the header search', async ({ page }) => {
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('main h1')).toBeVisible();
  const boxes = page.locator('input[type="search"]');
  await expect(boxes).toHaveCount(2);
  for (const box of await boxes.all()) await expect(box).toBeHidden();
});
