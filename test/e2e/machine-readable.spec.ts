/**
 * The portal for machines: /llms.txt and /llms-full.txt, a Markdown copy of
 * every doc and article (linked from the page), robots.txt pointing at the
 * sitemap, OpenGraph and description meta on every page, the Atom feed.
 */
import { expect, test } from '@playwright/test';
import yaml from 'js-yaml';
import { readdirSync, readFileSync } from 'node:fs';
import { sitemapPaths } from './site-pages';

const pagesOf = (section: 'docs' | 'kb') =>
  sitemapPaths().filter((path) => new RegExp(`^/${section}/(?!category/|tag/|tags/)[^/]+/$`).test(path));
const articlePages = () => [...pagesOf('docs'), ...pagesOf('kb')];
/** The public address the build used: every absolute URL in these files starts with it. */
const siteUrl = () => new URL(readFileSync('dist/robots.txt', 'utf8').match(/Sitemap: (\S+)/)![1]!).origin;
const local = (url: string) => new URL(url).pathname;

test('llms.txt says what the portal is and links every doc, article and the reference data, all of which exist', async ({ request }) => {
  const response = await request.get('/llms.txt');
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toMatch(/^# .+\n\n> .+\n/);
  for (const heading of ['## Docs', '## Knowledge base', '## Support terms and coverage']) expect(text).toContain(heading);
  const links = [...text.matchAll(/\]\((\S+?)\)/g)].map((m) => m[1]!);
  for (const path of articlePages()) expect(links, path).toContain(`${siteUrl()}${path.replace(/\/$/, '.md')}`);
  expect(links).toContain(`${siteUrl()}/coverage.json`);
  expect(links).toContain(`${siteUrl()}/terms/`);
  for (const link of new Set(links)) expect((await request.get(local(link))).status(), link).toBe(200);
});

test('llms-full.txt holds every doc and article and every support term, as Markdown', async ({ request }) => {
  const text = await (await request.get('/llms-full.txt')).text();
  for (const path of articlePages()) {
    const copy = await (await request.get(path.replace(/\/$/, '.md'))).text();
    expect(text, path).toContain(copy.trim());
  }
  const { terms: termList } = yaml.load(readFileSync('content/terms.yaml', 'utf8')) as { terms: { id: string }[] };
  const terms = termList.map((term) => term.id);
  expect(terms.length).toBeGreaterThan(10);
  for (const id of terms) expect(text).toContain(`- **${id}** `);
  expect(text).not.toMatch(/^---$/m); // no frontmatter
  expect(text).not.toMatch(/^import .+ from /m); // no MDX plumbing
});

test('every doc and article has a Markdown copy next to it, linked from the page', async ({ page, request }) => {
  for (const path of articlePages()) {
    const copyPath = path.replace(/\/$/, '.md');
    const copy = await request.get(copyPath);
    expect(copy.status(), copyPath).toBe(200);
    const text = await copy.text();
    await page.goto(path);
    const title = await page.getByRole('heading', { level: 1 }).innerText();
    expect(text.startsWith(`# ${title}\n`), copyPath).toBe(true);
    expect(text).toContain(`Source: ${siteUrl()}${path}`);
    const link = page.getByRole('link', { name: 'View as Markdown' });
    await expect(link).toHaveAttribute('href', copyPath);
    await expect(page.locator('link[rel="alternate"][type="text/markdown"]')).toHaveAttribute('href', copyPath);
  }
  // The source text, not a rendering of it: a heading of the source is there as Markdown.
  expect(await (await request.get('/kb/emails-not-sent.md')).text()).toMatch(/^## /m);
});

test('robots.txt allows crawling and points at the sitemap, which exists', async ({ request }) => {
  const text = await (await request.get('/robots.txt')).text();
  expect(text).toMatch(/^User-agent: \*\nAllow: \/\n/);
  const sitemap = text.match(/^Sitemap: (\S+)$/m)![1]!;
  expect(sitemap).toBe(`${siteUrl()}/sitemap-index.xml`);
  expect((await request.get(local(sitemap))).status()).toBe(200);
});

test('every page has a description and OpenGraph meta that match it', async ({ request }) => {
  // Text and attributes escape different characters; compare them decoded.
  const decode = (text: string) =>
    text
      .replace(/&#39;|&#x27;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  const attr = (html: string, selector: RegExp) => {
    const value = html.match(selector)?.[1];
    return value === undefined ? undefined : decode(value);
  };
  for (const path of [...sitemapPaths(), '/404.html']) {
    const html = await (await request.get(path)).text();
    const description = attr(html, /<meta name="description" content="([^"]+)"/);
    const title = attr(html, /<meta property="og:title" content="([^"]+)"/);
    expect(description, path).toBeTruthy();
    expect(attr(html, /<meta property="og:description" content="([^"]+)"/), path).toBe(description);
    expect(title, path).toBeTruthy();
    expect(attr(html, /<title>([^<]+)<\/title>/), path).toContain(title!);
    expect(attr(html, /<meta property="og:site_name" content="([^"]+)"/), path).toBeTruthy();
    expect(attr(html, /<meta property="og:type" content="([^"]+)"/), path).toMatch(/^(website|article)$/);
    const canonical = attr(html, /<link rel="canonical" href="([^"]+)"/);
    if (canonical) expect(attr(html, /<meta property="og:url" content="([^"]+)"/), path).toBe(canonical);
  }
});

test('the Atom feed lists the most recently updated articles, newest first, and is valid XML', async ({ page, request }) => {
  const response = await request.get('/kb/feed.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const ns = 'http://www.w3.org/2005/Atom';
    return {
      error: doc.getElementsByTagName('parsererror').length > 0,
      root: doc.documentElement.namespaceURI === ns ? doc.documentElement.localName : null,
      updated: [...doc.getElementsByTagNameNS(ns, 'entry')].map((e) => e.getElementsByTagNameNS(ns, 'updated')[0]!.textContent!),
      links: [...doc.getElementsByTagNameNS(ns, 'entry')].map((e) => e.getElementsByTagNameNS(ns, 'link')[0]!.getAttribute('href')!),
    };
  }, xml);
  expect(parsed.error).toBe(false);
  expect(parsed.root).toBe('feed');
  const articles = readdirSync('content/kb').filter((name) => /\.mdx?$/.test(name)).length;
  expect(parsed.updated).toHaveLength(Math.min(articles, 50));
  expect([...parsed.updated].sort().reverse()).toEqual(parsed.updated);
  for (const link of parsed.links) expect((await request.get(local(link))).status(), link).toBe(200);
  await page.goto('/');
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/kb/feed.xml');
});
