/** The ticket form is reachable from every knowledge-base article (the header, home and 404 links are tested with those pages). */
import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const articles = readdirSync('dist/kb', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !['category', 'tag', 'tags'].includes(entry.name))
  .map((entry) => entry.name);

test('every knowledge-base article ends with a link to the ticket form and the checker', async ({ page }) => {
  expect(articles.length).toBeGreaterThan(10);
  for (const id of articles) {
    await page.goto(`/kb/${id}/`);
    const help = page.getByRole('complementary', { name: 'Still need help?' });
    await expect(help, id).toBeVisible();
    await expect(help.getByRole('link', { name: 'Open a support request' }), id).toHaveAttribute('href', '/ticket/');
    await expect(help.getByRole('link', { name: 'Check first' }), id).toHaveAttribute('href', '/check/');
  }
});
