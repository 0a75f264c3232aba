/** /llms.txt: see src/lib/llms.ts. */
import type { APIRoute } from 'astro';
import { getContent } from '../lib/content';
import { llmsIndex } from '../lib/llms';

export const GET: APIRoute = async ({ site }) => {
  const text = llmsIndex(await getContent(), site ?? new URL('http://localhost/'));
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
