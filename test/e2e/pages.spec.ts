/**
 * Every page of the site: it renders, logs no console error, is axe-clean for
 * WCAG 2.2 AA, and fits the screen without sideways scrolling; its tables
 * break lines only between words, and one wider than its box shows that it
 * scrolls (test/helpers/tables.ts).
 */
import { expect, test } from '@playwright/test';
import { expectAccessible } from '../helpers/accessibility';
import { hiddenOverflowingTables, wordsSplitAcrossLines } from '../helpers/tables';
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
    expect(await wordsSplitAcrossLines(page.locator('main table')), 'words split across lines in tables').toEqual([]);
    expect(await hiddenOverflowingTables(page), 'tables wider than their box with no sign that they scroll').toEqual([]);
    expect(errors, 'console errors').toEqual([]);
  });
}
