/** Search: finds the right page, filters by section, and costs nothing until used. */
import { devices, expect, test } from '@playwright/test';
import { axeViolations } from '../helpers/accessibility';
import { MARK_INDEX_READY } from '../../src/lib/search-marks';

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

test('a query with no match says so, suggests the checker and the ticket form, and offers no "Show more"', async ({ page }) => {
  await page.goto('/search/?q=zzqxwv');
  await expect(page.getByRole('status')).toHaveText(/No results for “zzqxwv”/);
  await expect(page.getByRole('link', { name: 'Check what your support package covers' })).toHaveAttribute('href', '/check/');
  await expect(page.getByRole('link', { name: 'Open a ticket request' })).toHaveAttribute('href', '/ticket/');
  await expect(page.getByRole('button', { name: 'Show more results' })).toBeHidden();
});

test('"Show more results" shows only while results remain, and adds them', async ({ page }) => {
  await page.goto('/search/?q=docker');
  const status = page.getByRole('status');
  await expect(status).toContainText('showing 5');
  await expect(page.locator('.search-results > li')).toHaveCount(5);
  const total = Number(/^(\d+) results/.exec((await status.textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(5);
  const more = page.getByRole('button', { name: 'Show more results' });
  await expect(more).toBeVisible();
  await expect(page.getByText('Check what your support package covers')).toBeHidden();
  await more.click();
  await expect(page.locator('.search-results > li')).toHaveCount(Math.min(total, 10));
  // The first new result takes focus, so keyboard users continue where the list grew.
  await expect(page.locator('.search-results > li').nth(5).locator('> a')).toBeFocused();
  for (let shown = 10; shown < total; shown += 5) {
    await more.click();
    await expect(page.locator('.search-results > li')).toHaveCount(Math.min(total, shown + 5));
  }
  await expect(more).toBeHidden();
});

test('a misspelt query shows the corrected results, and a link to search as typed', async ({ page }) => {
  await page.goto('/search/?q=dokcer%20compose');
  const correction = page.locator('.search-correction');
  await expect(correction).toHaveText('Showing results for docker compose. Search instead for dokcer compose.');
  await expect(page.locator('.search-results > li > a').first()).toHaveAttribute('href', /^\/docs\/docker-compose\//);
  // More results are still those of the corrected query.
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(page.getByRole('status')).toContainText('for “docker compose”; showing 10');
  await correction.getByRole('link', { name: 'dokcer compose' }).click();
  await expect(page).toHaveURL(/[?&]literal=1/);
  await expect(page.locator('portal-search')).toHaveAttribute('data-state', 'done');
  await expect(correction).toBeHidden();
});

test('words the site uses in its text are never "corrected", though no heading holds them', async ({ page }) => {
  // "mixed" and "content" are body words: before the word list held every word, they became "cited contact".
  await page.goto('/search/?q=mixed%20content');
  await expect(page.locator('portal-search')).toHaveAttribute('data-state', 'done');
  await expect(page.locator('.search-correction')).toBeHidden();
  await expect(page.getByRole('status')).toContainText('for “mixed content”');
  await expect(page.locator('.search-results > li > a').first()).toHaveAttribute('href', /^\/kb\/chat-icon-blank-page\//);
});

test('a word the site never uses finds nothing, rather than pages sharing its first letters', async ({ page }) => {
  // Pagefind alone matches "xylophone" by the prefix "x" (`curl -X`) and "blockchain" by "block".
  await page.goto('/search/?q=xylophone');
  const correction = page.locator('.search-correction');
  await expect(correction).toHaveText('No page uses “xylophone” or a word close to it. Search instead for xylophone.');
  await expect(page.getByRole('status')).toHaveText('No results for “xylophone”.');
  await expect(page.locator('.search-results > li')).toHaveCount(0);
  await expect(page.locator('[data-empty]')).toBeVisible();

  // With other words, the results are theirs, and the notice says which word was left out.
  await page.goto('/search/?q=blockchain%20docker');
  await expect(correction).toHaveText(
    'No page uses “blockchain” or a word close to it. Showing results for docker. Search instead for blockchain docker.',
  );
  await expect(page.locator('.search-results > li > a').first()).toHaveAttribute('href', /^\/docs\/docker-compose\//);
});

test('the word list for corrections is fetched only when a query matches poorly', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/search/?q=MongoNetworkError');
  await expect(page.locator('portal-search')).toHaveAttribute('data-state', 'done');
  expect(fetched).not.toContain('/search/words.txt');
  await page.getByRole('searchbox', { name: 'Search the docs, articles and packages' }).fill('rabitmq');
  await page.keyboard.press('Enter');
  await expect(page.locator('.search-correction')).toContainText('Showing results for rabbitmq.');
  expect(fetched).toContain('/search/words.txt');
});

test('a result leads to the matching section and lists the other matching sections', async ({ page }) => {
  await page.goto('/search/?q=certbot');
  const composeLink = page.locator('.search-results > li > a[href^="/docs/docker-compose/"]');
  // The fragment quotes the first match after the section's heading, "Let certbot obtain a certificate".
  await expect(composeLink).toHaveAttribute('href', '/docs/docker-compose/#https-with-certbot:~:text=certbot%20obtain%20a%20certificate');
  await composeLink.click();
  await expect(page).toHaveURL(/\/docs\/docker-compose\/#https-with-certbot$/);
  // The browser scrolled to the matched words (text fragment), far below the top of the page.
  await expect(page.getByRole('heading', { name: 'HTTPS with certbot' })).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);

  await page.goto('/search/?q=SUPER_PASSWORD');
  const sections = page.getByRole('list', { name: 'Matching sections of Securing an installation' }).getByRole('link');
  await expect(sections).toHaveText(['The master password: SUPER_PASSWORD', 'Checklist before exposing a server']);
  await sections.nth(1).click();
  await expect(page).toHaveURL(/\/docs\/securing\/#checklist-before-exposing-a-server$/);
  await expect(page.getByText('SUPER_PASSWORD set to a', { exact: false }).first()).toBeInViewport();
});

test('excerpts keep apart the words that separate elements show apart', async ({ page }) => {
  // The built pages have no whitespace between "Talk to sales" (a link) and "Questions…" (the next element).
  await page.goto('/search/?q=sales&section=packages');
  const excerpt = page.locator('.search-results > li > p').first();
  await expect(excerpt).toContainText('Talk to sales Questions');
  await expect(excerpt).not.toContainText('salesQuestions');
});

test('a result leading to a docs page on a phone lands in the content, not in the closed docs menu', async ({ browser }) => {
  const phone = await browser.newContext({ ...devices['Pixel 7'] });
  const page = await phone.newPage();
  // "Troubleshooting" is both a docs menu entry and a link in the page's text, far below.
  await page.goto('/docs/upgrading/#:~:text=Troubleshooting');
  const inText = page.getByRole('main').getByRole('link', { name: 'Troubleshooting', exact: true });
  await expect(inText).toBeInViewport();
  await expect(page.locator('.docs-sidebar details')).not.toHaveAttribute('open');
  await phone.close();
});

test('a text fragment quotes a match after the page title, which the docs menu would match first', async ({ page }) => {
  // The first match is the title "Install with Docker Compose"; the next is in the lead paragraph.
  await page.goto('/search/?q=docker%20compose&section=docs');
  await expect(page.locator('.search-results > li > a').first()).toHaveAttribute('href', '/docs/docker-compose/#:~:text=Docker%20host');
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
  test(`${path} ships no JavaScript but its copy buttons and loads no search index`, async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(path);
    // The one script a reading page may carry is the inline <copy-code> behaviour, where it has code blocks.
    const scripts = await page.locator('script').allTextContents();
    expect(scripts.filter((script) => !script.includes('copy-code'))).toEqual([]);
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

// The page's changing parts (results with sections, the correction, the "nothing found" hint) are
// only there after a search, so the every-page axe test (pages.spec.ts) never sees them.
for (const [state, query] of [
  ['results with sections', 'SUPER_PASSWORD'],
  ['a correction', 'dokcer compose'],
  ['no results', 'zzqxwv'],
] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the search page with ${state} is axe-clean in ${colorScheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      await expect(page.locator('portal-search')).toHaveAttribute('data-state', 'done');
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test('the index is ready before the first search, and a word being typed has its part of the index fetched before it is searched', async ({
  page,
}) => {
  await page.goto('/search/');
  const field = page.getByRole('searchbox', { name: 'Search the docs, articles and packages' });
  await field.focus();
  // "Ready" is set once the engine and the page list are in (not when Pagefind merely starts loading them).
  await expect.poll(() => page.evaluate((mark) => performance.getEntriesByName(mark).length, MARK_INDEX_READY)).toBe(1);
  const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname));
  expect(loaded.some((path) => path.endsWith('.pf_meta'))).toBe(true);
  expect(loaded.some((path) => /\/wasm\.\w+\.pagefind$/.test(path))).toBe(true);

  // With the page's timers frozen the search-as-you-type never runs: any chunk fetched is the preload of the typed word.
  // install() alone lets time flow on (the 250 ms pause before a search then elapsed on a loaded CI machine): pause it.
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 1000);
  const chunk = page.waitForRequest((request) => request.url().includes('/pagefind/index/'));
  await field.pressSequentially('docker');
  await chunk;
  // No search has started (the page sets data-state when one does).
  await expect(page.locator('portal-search')).not.toHaveAttribute('data-state');
});
