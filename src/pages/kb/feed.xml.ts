/** /kb/feed.xml: see src/lib/atom.ts. */
import type { APIRoute } from 'astro';
import { kbFeed } from '../../lib/atom';
import { getContent } from '../../lib/content';

export const GET: APIRoute = async ({ site }) => {
  const xml = kbFeed(await getContent(), site ?? new URL('http://localhost/'));
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
