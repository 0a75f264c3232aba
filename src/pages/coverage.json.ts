import type { APIRoute } from 'astro';
import { getContent } from '../lib/content';
import { coverageJson } from '../lib/coverage-json';

export const GET: APIRoute = async ({ site }) => {
  const { coverage, terms } = await getContent();
  const body = coverageJson(coverage, terms, site ?? new URL('http://localhost/'));
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
