/** /llms-full.txt: see src/lib/llms.ts. */
import type { APIRoute } from 'astro';
import { getContent } from '../lib/content';
import { llmsFull } from '../lib/llms';

export const GET: APIRoute = async ({ site }) => {
  const text = llmsFull(await getContent(), site ?? new URL('http://localhost/'));
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
