/** Search: finds the right page, filters by section, and costs nothing until used. */
import { expect, test } from '@playwright/test';

test('a known phrase finds the article that answers it', async ({ page }) => {
  await page.goto('/search/?q=MongoNetworkError');
  const results = page.locator('.search-results li a');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs).toContain('/kb/mongo-network-error-server-crashing/');
  await expect(page.getByRole('status')).toContainText('MongoNetworkError');
});

test('the section filter narrows results and is kept in the URL', async ({ page }) => {
  await page.goto('/search/?q=SUPER_PASSWORD');
  await expect(page.locator('.search-results li').first()).toBeVisible();
  await page.getByRole('radio', { name: 'Docs' }).check();
  await expect(page).toHaveURL(/section=docs/);
  await expect(page.getByRole('status')).toContainText('in Docs');
  const hrefs = await page
    .locator('.search-results li a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.every((h) => h.startsWith('/docs/'))).toBe(true);
  expect(hrefs).toContain('/docs/securing/');

  await page.reload();
  await expect(page.getByRole('radio', { name: 'Docs' })).toBeChecked();
  await expect(page.getByLabel('Search the docs, articles and packages')).toHaveValue('SUPER_PASSWORD');
});

test('a query with no match says so', async ({ page }) => {
  await page.goto('/search/?q=zzqxwv');
  await expect(page.getByRole('status')).toHaveText(/No results for “zzqxwv”/);
});

test('search output is never treated as HTML', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('<img src=x onerror=alert(1)>'));
  await expect(page.getByRole('status')).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('main img')).toHaveCount(0);
});

test('an unknown section in the URL shows a notice instead of failing', async ({ page }) => {
  await page.goto('/search/?section=bogus');
  await expect(page.getByRole('status')).toContainText('“bogus” is not a section');
  await expect(page.getByRole('radio', { name: 'Everywhere' })).toBeChecked();
});

for (const path of ['/docs/docker-compose/', '/kb/emails-not-sent/', '/packages/pro/']) {
  test(`${path} ships no JavaScript and loads no search index`, async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(path);
    await expect(page.locator('script')).toHaveCount(0);
    expect(requests.filter((p) => p.endsWith('.js') || p.startsWith('/pagefind/'))).toEqual([]);
  });
}

test('the header search of any page leads to results', async ({ page }) => {
  await page.goto('/docs/upgrading/');
  await page.getByRole('searchbox', { name: 'Search docs, articles and packages' }).fill('EMAIL_ENABLED');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=EMAIL_ENABLED/);
  await expect(page.locator('.search-results a[href*="/kb/emails-not-sent/"]').first()).toBeVisible();
});
