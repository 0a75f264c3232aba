/**
 * The home page's promises hold: "Find your package" lands on the package
 * finder's heading, whether or not the browser runs JavaScript (the finder is
 * in the page from the first paint; without a script its form is not shown
 * and the heading points to the comparison).
 */
import { expect, test } from '@playwright/test';

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('"Find your package" lands on the finder', async ({ page }) => {
      await page.goto('/');
      await page.getByRole('link', { name: 'Find your package' }).click();
      await expect(page).toHaveURL(/\/compare\/#finder$/);
      await expect(page.getByRole('heading', { name: 'Which package fits you?' })).toBeInViewport();
      const form = page.locator('package-finder form');
      if (javaScriptEnabled) {
        await expect(form).toBeVisible();
      } else {
        await expect(form).toBeHidden();
        await expect(page.locator('#finder noscript')).toHaveCount(1);
      }
    });
  });
}
