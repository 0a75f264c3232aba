/** The pages of the built site, read from its sitemap (plus the 404 page, which no sitemap lists). */
import { readFileSync, readdirSync } from 'node:fs';

export function sitemapPaths(): string[] {
  const files = readdirSync('dist').filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const paths = files.flatMap((file) =>
    [...readFileSync(`dist/${file}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  );
  if (paths.length === 0) throw new Error('The sitemap lists no pages: is dist/ a complete build?');
  return paths.sort();
}
