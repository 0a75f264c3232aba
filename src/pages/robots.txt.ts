/** /robots.txt: everything may be crawled; the sitemap lists the pages. */
import type { APIRoute } from 'astro';
import { siteUrl } from '../lib/site-url';

export const GET: APIRoute = ({ site }) => {
  const sitemap = siteUrl('/sitemap-index.xml', site ?? 'http://localhost/');
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
