/**
 * The header: one row on a phone and on a desktop, with search and "Contact
 * support" reachable from every page, by touch and by keyboard alone.
 */
import { expect, test, type Page } from '@playwright/test';

const PAGES = ['/', '/docs/docker-compose/', '/kb/emails-not-sent/', '/packages/pro/', '/compare/', '/check/', '/404.html'];
/** One row of 44 px targets plus padding; the old wrapping header measured ~155 px. */
const ONE_ROW_MAX_PX = 64;

const headerHeight = (page: Page) => page.locator('header.site-header').evaluate((el) => el.getBoundingClientRect().height);

/** Presses Tab until `locator` has focus (at most `max` times); fails if it never does. */
async function tabTo(page: Page, locator: ReturnType<Page['locator']>, max = 15) {
  for (let i = 0; i < max && !(await locator.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(locator).toBeFocused();
}

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  for (const path of PAGES) {
    test(`${path}: the header is one row`, async ({ page }) => {
      await page.goto(path);
      expect(await headerHeight(page)).toBeLessThanOrEqual(ONE_ROW_MAX_PX);
      const brand = await page.locator('.site-header .brand').boundingBox();
      const menu = await page.locator('.header-menu > summary').boundingBox();
      const search = await page.locator('.header-search > summary').boundingBox();
      // Name, Search and Menu side by side: their vertical centres within a few pixels.
      for (const box of [menu, search]) {
        expect(Math.abs(box!.y + box!.height / 2 - (brand!.y + brand!.height / 2))).toBeLessThan(6);
      }
    });
  }

  test('the menu opens with the keyboard and leads to the ticket form', async ({ page }) => {
    await page.goto('/docs/docker-compose/');
    const contact = page.getByRole('link', { name: 'Contact support' });
    await expect(contact).toBeHidden();
    const menu = page.locator('.header-menu > summary');
    await tabTo(page, menu);
    await page.keyboard.press('Enter');
    await expect(contact).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Check coverage' })).toBeVisible();
    // The open panel overlays the page instead of growing the header row.
    expect(await headerHeight(page)).toBeLessThanOrEqual(ONE_ROW_MAX_PX);
    await tabTo(page, contact);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/ticket\/$/);
  });

  test('search opens from the header, closes the menu, and searches', async ({ page }) => {
    await page.goto('/kb/');
    await page.locator('.header-menu > summary').click();
    await expect(page.locator('.header-menu')).toHaveAttribute('open', '');
    // Search comes just before Menu in the tab order.
    await page.keyboard.press('Shift+Tab');
    await expect(page.locator('.header-search > summary')).toBeFocused();
    await page.keyboard.press('Space');
    // The two disclosures share a name: opening one closes the other.
    await expect(page.locator('.header-menu')).not.toHaveAttribute('open', '');
    const box = page.getByRole('searchbox', { name: 'Search docs, articles and packages' });
    await tabTo(page, box);
    await page.keyboard.type('smtp');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=smtp$/);
  });
});

test.describe('on a 1,280 px desktop', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  for (const path of PAGES) {
    test(`${path}: one row, with search, every link and "Contact support" shown`, async ({ page }) => {
      await page.goto(path);
      expect(await headerHeight(page)).toBeLessThanOrEqual(ONE_ROW_MAX_PX);
      await expect(page.locator('.site-header summary').first()).toBeHidden();
      const header = page.locator('header.site-header');
      for (const name of ['Packages', 'Install docs', 'Knowledge base', 'Check coverage', 'Contact support']) {
        await expect(header.getByRole('link', { name, exact: true })).toBeVisible();
      }
      await expect(header.getByRole('searchbox')).toBeVisible();
      await expect(header.getByRole('link', { name: 'Contact support' })).toHaveAttribute('href', '/ticket/');
    });
  }
});
