/** "Which package fits me?" on /compare/, over recommend(). */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('the recommendation follows size, criticality and services', async ({ page }) => {
  await page.goto('/compare/');
  const result = page.locator('[data-result]');
  await expect(result.getByRole('heading', { level: 3 })).toHaveText('Pro fits best');

  await page.getByLabel('Agents', { exact: true }).fill('12');
  await expect(result.getByRole('heading', { level: 3 })).toHaveText('Enterprise fits best');
  await expect(result).toContainText('larger than the size Pro is recommended for');
  await expect(result.getByRole('link', { name: 'T9' })).toHaveAttribute('href', '/terms/#t9');

  await page.getByLabel('Agents', { exact: true }).fill('3');
  await page.getByLabel('An annual health check').check();
  await expect(result).toContainText('Only Enterprise covers an annual health check.');

  await page.getByLabel('An annual health check').uncheck();
  await page.getByLabel('Upgrading the platform').check();
  await expect(result.getByRole('heading', { level: 3 })).toHaveText('Pro fits best');
  await expect(result).toContainText('Not covered by Pro, or not stated in its terms');

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('the finder is keyboard-usable', async ({ page }) => {
  await page.goto('/compare/');
  await page.getByLabel('Agents', { exact: true }).focus();
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  await page.keyboard.type('9');
  await expect(page.locator('[data-result] h3')).toHaveText('Enterprise fits best');
});

test('without JavaScript the finder stays hidden and the table remains', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/compare/');
  await expect(page.locator('package-finder')).toBeHidden();
  await expect(page.locator('.matrix')).toBeVisible();
  await context.close();
});
