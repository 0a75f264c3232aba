/**
 * The site built with PORTAL_BASE_PATH=/support/ and served only under that
 * path (playwright.config.ts, project "base-path"): every page is crawled and
 * every address it names (href, src, srcset, form action, og:url, canonical),
 * and every address in the machine-readable files, must lead under /support/
 * and answer; then search and the checker → ticket flow run in the browser.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRelevanceSet, scoreEntry, TOP } from '../../bench/search/relevance';
import { BASE_PATH_SITE_DIR, BASE_PATH_UNDER_TEST as BASE, SEARCH_INDEX_PARTS_UNDER_TEST } from '../helpers/base-path-site';
import { searchBundlePaths } from '../../src/lib/search-parts';

/** The pages of the base-path build, from its own sitemap (pathnames, under the base). */
function sitemapPages(): { site: string; pages: string[] } {
  const files = readFileSync(join(BASE_PATH_SITE_DIR, 'sitemap-0.xml'), 'utf8');
  const urls = [...files.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!));
  if (urls.length === 0) throw new Error(`${BASE_PATH_SITE_DIR}/sitemap-0.xml lists no pages: is the base-path build complete?`);
  return { site: urls[0]!.origin, pages: urls.map((url) => url.pathname).sort() };
}

/** Every address an HTML page names, as written and resolved against the page. */
const addressesOf = (page: Page) =>
  page.evaluate(() => {
    const found: { what: string; url: string }[] = [];
    const add = (what: string, value: string | null) => {
      if (value) found.push({ what, url: new URL(value, document.baseURI).href });
    };
    for (const name of ['href', 'src', 'action']) {
      for (const el of document.querySelectorAll(`[${name}]`)) add(`${el.localName}[${name}]`, el.getAttribute(name));
    }
    for (const el of document.querySelectorAll('[srcset]')) {
      for (const candidate of (el.getAttribute('srcset') ?? '').split(','))
        add(`${el.localName}[srcset]`, candidate.trim().split(/\s+/)[0] ?? '');
    }
    for (const el of document.querySelectorAll('meta[property="og:url"]')) add('og:url', el.getAttribute('content'));
    return found;
  });

test('every page, link and asset of the base-path build lives under the base path and answers', async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  const { site, pages } = sitemapPages();
  expect(pages.length).toBeGreaterThan(20);
  expect(
    pages.every((path) => path.startsWith(BASE)),
    'the sitemap lists its pages under the base path',
  ).toBe(true);

  const problems: string[] = [];
  // Requests the pages themselves make (islands, search, scripts) must not fail either.
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().includes('no-such-page'))
      problems.push(`request ${response.url()} → ${response.status()}`);
  });

  const status = new Map<string, number>();
  const statusOf = async (path: string) => {
    if (!status.has(path)) status.set(path, (await page.request.get(path)).status());
    return status.get(path)!;
  };
  /** An address of the site (this server's origin, or the public one the build wrote) must sit under the base and answer 200. */
  const check = async (from: string, what: string, url: string): Promise<void> => {
    if (!URL.canParse(url)) {
      problems.push(`${from}: ${what} ${JSON.stringify(url)} is not a valid address`);
      return;
    }
    const target = new URL(url);
    if (!/^https?:$/.test(target.protocol) || (target.origin !== baseURL && target.origin !== site)) return;
    if (!target.pathname.startsWith(BASE)) problems.push(`${from}: ${what} ${url} is outside ${BASE}`);
    else if ((await statusOf(target.pathname)) !== 200) problems.push(`${from}: ${what} ${url} → ${status.get(target.pathname)}`);
  };

  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    for (const { what, url } of await addressesOf(page)) await check(path, what, url);
  }

  // The not-found page is served at any depth, so its links must not depend on where it is shown.
  const missing = await page.goto(`${BASE}kb/no-such-page/deeper/`);
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  for (const { what, url } of await addressesOf(page)) {
    // Its own #main (the skip link) is this very not-found address.
    if (new URL(url).pathname !== `${BASE}kb/no-such-page/deeper/`) await check('404 page', what, url);
  }
  // Addresses without the base are not the site's.
  expect(await statusOf('/kb/')).toBe(404);

  // The machine-readable files: every absolute address of the site they hold.
  for (const file of ['robots.txt', 'llms.txt', 'llms-full.txt', 'kb/feed.xml', 'sitemap-index.xml', 'sitemap-0.xml', 'coverage.json']) {
    const response = await page.request.get(`${BASE}${file}`);
    expect(response.status(), file).toBe(200);
    // The site's own addresses; other hosts (and examples in the articles' text) are not the site's to check.
    const urls = [...(await response.text()).matchAll(/https?:\/\/[^\s"'`<>)\]]+/g)]
      .map((m) => m[0].replace(/[._,;:]+$/, ''))
      .filter((url) => url.startsWith(`${site}/`));
    expect(urls.length, `${file} names pages of the site`).toBeGreaterThan(0);
    for (const url of new Set(urls)) await check(file, 'address', url.replace(/&amp;/g, '&'));
  }

  expect(problems).toEqual([]);
});

test('search finds pages and links to them under the base path', async ({ page }) => {
  await page.goto(`${BASE}search/?q=MongoNetworkError`);
  const results = page.locator('.search-results li a');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs).toContain(`${BASE}kb/mongo-network-error-server-crashing/`);
  expect(hrefs.every((href) => href.startsWith(BASE))).toBe(true);
  await results.first().click();
  await expect(page).toHaveURL(new RegExp(`^[^?#]*${BASE}kb/`));
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Page not found');

  // A misspelt query is corrected from the word list, which is fetched under the base path too.
  await page.goto(`${BASE}search/?q=dokcer%20compose`);
  await expect(page.getByText('Showing results for')).toBeVisible();
});

test(`an index built in ${SEARCH_INDEX_PARTS_UNDER_TEST} parts is searched whole: the relevance set keeps every page in the top ${TOP}`, async ({
  page,
  baseURL,
}) => {
  const entries = new Set<string>();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('/pagefind-entry.json')) entries.add(path);
  });
  const misses: string[] = [];
  for (const entry of loadRelevanceSet()) {
    const outcome = await scoreEntry(page, `${baseURL}${BASE.slice(0, -1)}`, entry);
    if (outcome.rank < 1 || outcome.rank > TOP) misses.push(`"${entry.query}": top ${outcome.top.join(', ') || '(none)'}`);
  }
  expect(misses).toEqual([]);
  // Every part was loaded, each from under the base path.
  expect([...entries].sort()).toEqual(
    searchBundlePaths(SEARCH_INDEX_PARTS_UNDER_TEST).map((path) => `${BASE}${path.slice(1)}pagefind-entry.json`),
  );
});

test('the checker hands over to the ticket form under the base path', async ({ page }) => {
  await page.goto(`${BASE}check/?package=enterprise&topic=install-docs&modified=no`);
  const ticket = page.getByRole('link', { name: 'Prepare the ticket request' });
  await expect(ticket).toHaveAttribute('href', `${BASE}ticket/?package=enterprise&topic=install-docs&modified=no`);
  await ticket.click();
  await expect(page).toHaveURL(new RegExp(`${BASE}ticket/\\?package=enterprise&topic=install-docs&modified=no$`));
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Page not found');
});
