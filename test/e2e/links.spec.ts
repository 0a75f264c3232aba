/**
 * No broken internal link or anchor anywhere: every same-origin link from
 * every page resolves, and every #fragment names an element on its target.
 */
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from './site-pages';

interface Scan {
  ids: string[];
  links: string[];
}

const scan = (page: Page) =>
  page.evaluate((): Scan => ({
    ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
    links: [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].filter((a) => a.origin === location.origin).map((a) => a.href),
  }));

test('every internal link and anchor resolves', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const scans = new Map<string, Scan>();
  const visit = async (path: string) => {
    if (!scans.has(path)) {
      const response = await page.goto(path);
      scans.set(path, response?.ok() ? await scan(page) : { ids: [], links: [] });
      if (!response?.ok()) scans.set(`status:${path}`, { ids: [String(response?.status())], links: [] });
    }
    return scans.get(path)!;
  };

  const pages = [...sitemapPaths(), '/404.html'];
  const linksFrom = new Map<string, string[]>();
  for (const path of pages) linksFrom.set(path, (await visit(path)).links);

  const broken: string[] = [];
  for (const [from, links] of linksFrom) {
    for (const href of new Set(links)) {
      const url = new URL(href, baseURL);
      const target = url.pathname;
      // Files that are not pages (the sitemap, the icon) only need to exist.
      if (!target.endsWith('/') && !target.endsWith('.html')) {
        const response = await page.request.get(target);
        if (!response.ok()) broken.push(`${from} → ${target} (${response.status()})`);
        continue;
      }
      const result = await visit(target);
      const status = scans.get(`status:${target}`);
      if (status) broken.push(`${from} → ${target} (${status.ids[0]})`);
      else if (url.hash && !result.ids.includes(decodeURIComponent(url.hash.slice(1)))) {
        broken.push(`${from} → ${target}${url.hash} (no such anchor)`);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(linksFrom.size).toBeGreaterThan(20);
});

test('an unknown address answers 404 with the not-found page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
