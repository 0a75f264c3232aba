/**
 * Every page of the site: it renders, logs no console error, is axe-clean for
 * WCAG 2.2 AA, and fits the screen without sideways scrolling.
 */
import { expect, test } from '@playwright/test';
import { expectAccessible } from '../helpers/accessibility';
import { sitemapPaths } from './site-pages';

for (const path of [...sitemapPaths(), '/404.html']) {
  test(`page ${path}`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('pageerror', (err) => errors.push(err.message));

    const response = await page.goto(path);
    expect(response?.status(), 'HTTP status').toBe(200);
    await expect(page.locator('main h1')).toHaveCount(1);
    await expect(page.locator('main h1')).not.toBeEmpty();

    await expectAccessible(page, path);
    expect(errors, 'console errors').toEqual([]);
  });
}
