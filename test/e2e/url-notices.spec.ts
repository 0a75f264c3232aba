/**
 * Values from a link shown back on /check/, /compare/ and /search/ (the ticket form's are in
 * ticket-drafts.spec.ts): a few notices then "and N more", every value shortened
 * and unable to reorder the text around it (src/lib/url-notices.ts), and wrapped
 * on a phone rather than widening the page.
 */
import { expect, test } from '@playwright/test';
import { axeViolations } from '../helpers/accessibility';

const RLO = '\u202E';

test('/check/: three notices, then "and N more"; an override in a value is shown as its code', async ({ page }) => {
  const extra = Array.from({ length: 7 }, (_, i) => `utm_${i}=1`).join('&');
  await page.goto(`/check/?topic=${encodeURIComponent(`x${RLO}gnp.exe`)}&${extra}`);
  const items = page.locator('.checker-notices li');
  await expect(items).toHaveCount(4);
  await expect(items.first()).toHaveText('topic="x[U+202E]gnp.exe" was ignored: it is not one of the topics listed in the form.');
  await expect(items.last()).toHaveText('and 5 more values were ignored.');
});

test('/search/: an unknown section is shortened and its override neutralised', async ({ page }) => {
  await page.goto(`/search/?section=${encodeURIComponent(`${RLO}${'a'.repeat(100)}`)}`);
  const status = page.locator('.search-status');
  await expect(status).toContainText('is not a section');
  const text = (await status.textContent()) ?? '';
  expect(text).not.toContain(RLO);
  expect(text).toContain(`[U+202E]${'a'.repeat(39)}…`);
  expect(text).not.toContain('a'.repeat(41));
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  const long = 'a'.repeat(300);

  for (const [page_, path, notice] of [
    ['/check/', `/check/?package=${long}`, '.checker-notices'],
    ['/ticket/', `/ticket/?package=${long}`, '.link-notices'],
    ['/search/', `/search/?section=${long}`, '.search-status'],
  ] as const) {
    test(`${page_}: a very long value in a link wraps inside its notice, and the page does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator(notice)).toContainText('a'.repeat(39));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'page wider than the screen (px)').toBeLessThanOrEqual(0);
      const box = (await page.locator(notice).boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    });
  }
});

test('/compare/: the finder names what it ignored, what it was given and what it expects, and keeps the valid answers', async ({
  page,
}) => {
  await page.goto('/compare/?agents=12&bots=abc&critical=maybe&services=bogus,health-check');
  const notices = page.getByRole('region', { name: 'Some of the link was not understood' });
  await expect(notices.locator('li')).toHaveText([
    'bots="abc" was ignored: expected a whole number from 0 to 100,000.',
    'critical="maybe" was ignored: expected yes or no.',
    'In services, "bogus" was ignored: expected the services listed in the form, separated by commas, such as health-check,bug-fix.',
  ]);
  await expect(page.getByLabel('Agents', { exact: true })).toHaveValue('12');
  await expect(page.getByLabel('Bots', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('An annual health check')).toBeChecked();
  await expect(page.locator('[data-result] h3')).toHaveText('Enterprise fits best');
  expect(await axeViolations(page)).toEqual([]);

  // Answering a question takes its notice away; the others stay.
  await page.getByLabel('No', { exact: true }).check();
  await expect(notices.locator('li')).toHaveCount(2);
  await expect(notices).not.toContainText('critical=');
});

test('/compare/: three notices, then "and N more"; an override in a value is shown as its code', async ({ page }) => {
  await page.goto(`/compare/?services=${encodeURIComponent(`x${RLO}gnp.exe,a,b,c,d`)}`);
  const items = page.locator('.finder-notices li');
  await expect(items).toHaveCount(4);
  await expect(items.first()).toHaveText(
    'In services, "x[U+202E]gnp.exe" was ignored: expected the services listed in the form, separated by commas, such as health-check,bug-fix.',
  );
  await expect(items.last()).toHaveText('and 2 more values were ignored.');
});

test('/compare/: a link with only valid answers, or none, shows no notice', async ({ page }) => {
  await page.goto('/compare/?agents=4&critical=no&services=bug-fix&utm_source=newsletter');
  await expect(page.locator('[data-result] h3')).toHaveText('Pro fits best');
  await expect(page.locator('.finder-notices')).toBeHidden();
});
