/** Keyboard-only use: skip link, header search, and results, with no mouse. */
import { expect, test } from '@playwright/test';

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/docs/securing/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // The next Tab continues inside the main content, not back in the header.
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
  expect(inMain).toBe(true);
});

test('search is reachable and usable with the keyboard alone', async ({ page }) => {
  await page.goto('/kb/');
  const box = page.getByRole('searchbox', { name: 'Search docs, articles and packages' });
  for (let i = 0; i < 12 && !(await box.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(box).toBeFocused();
  await page.keyboard.type('RabbitMQ container killed');
  await page.keyboard.press('Enter');
  await expect(page.locator('.search-results li').first()).toBeVisible();

  // From the search field, Tab walks through the filters to the first result.
  const first = page.locator('.search-results li a').first();
  for (let i = 0; i < 20 && !(await first.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(first).toBeFocused();
  const href = (await first.getAttribute('href'))!;
  await page.keyboard.press('Enter');
  // A result ends in a text fragment (":~:text=…", the matched words), which the browser may drop
  // from the address once it has scrolled there: compare the path and the section only.
  const [path, section = ''] = href.split(':~:')[0]!.split('#');
  await expect(page).toHaveURL(
    (url) => url.pathname === path && url.hash.split(':~:')[0]!.replace(/^#$/, '') === (section && `#${section}`),
  );
  await expect(page.locator('main h1')).toBeVisible();
});

test('focus is visible on links', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});
