/**
 * The relevance set (relevance-set.yaml) and how to score it against a served
 * build: each query is searched on /search/ exactly as a visitor would, and
 * the rank of the expected page among the result links is noted. Shared by
 * the browser test (test/e2e/search-relevance.spec.ts) and `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { z } from 'zod';
import type { Page } from '@playwright/test';

/** Escapes a value for a double-quoted CSS attribute selector. */
const CSS_ESCAPE = (value: string) => value.replace(/["\\]/g, '\\$&');

const SET_FILE = new URL('./relevance-set.yaml', import.meta.url);

const sitePath = z.string().regex(/^\/([a-z0-9-]+\/)*$/, { error: 'expected a site path such as "/kb/emails-not-sent/"' });
const entrySchema = z.object({
  /** Which kind of query it is (see the file's header). */
  kind: z.enum(['exact', 'phrase', 'typo', 'synonym']),
  /** What the customer types. */
  query: z.string().trim().min(1),
  /** The page (or pages, any of which counts) that answers it. */
  expect: z.union([sitePath, z.array(sitePath).min(1)]).transform((e) => (Array.isArray(e) ? e : [e])),
});
export type RelevanceEntry = z.infer<typeof entrySchema>;

export function loadRelevanceSet(): RelevanceEntry[] {
  const parsed = z
    .array(entrySchema)
    .min(40, { error: 'the relevance set needs at least 40 queries' })
    .safeParse(yaml.load(readFileSync(SET_FILE, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`bench/search/relevance-set.yaml → [${issue.path.join('].')}: ${issue.message}`);
  }
  return parsed.data;
}

/** A query's outcome: the paths of the first results, and the 1-based rank of the expected page (0 when absent). */
export interface RelevanceOutcome extends RelevanceEntry {
  top: string[];
  rank: number;
}

/** How many results count ("in the top 3"). */
export const TOP = 3;

/**
 * Searches one query on /search/ of the site at `origin` (with its base path,
 * if any, e.g. "http://127.0.0.1:4336/support"), as a visitor would
 * (typing it and pressing Enter), and reads the result links in order. The
 * page stays open between queries, as the index does in a visitor's tab.
 */
export async function resultPaths(page: Page, origin: string, query: string): Promise<string[]> {
  if (!page.url().startsWith(`${origin}/search/`)) await page.goto(`${origin}/search/`);
  // A site served under a base path (origin "http://host/support") links to "/support/kb/x/"; the set names "/kb/x/".
  const base = new URL(`${origin}/`).pathname;
  const field = page.getByRole('searchbox', { name: 'Search the docs, articles and packages' });
  await field.fill(query);
  // Submitting starts the search at once ("searching"), ahead of the search-as-you-type timer.
  await field.press('Enter');
  await page.locator(`portal-search[data-state="done"][data-query="${CSS_ESCAPE(query)}"]`).waitFor({ timeout: 15_000 });
  const paths = await page
    .locator('.search-results > li > a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return paths.map((path) => (path.startsWith(base) ? `/${path.slice(base.length)}` : path));
}

export async function scoreEntry(page: Page, origin: string, entry: RelevanceEntry): Promise<RelevanceOutcome> {
  const paths = await resultPaths(page, origin, entry.query);
  const rank = paths.findIndex((p) => entry.expect.includes(p)) + 1;
  return { ...entry, top: paths.slice(0, TOP), rank };
}

export interface RelevanceSummary {
  queries: number;
  atOne: number;
  atThree: number;
  misses: RelevanceOutcome[];
}

export function summarize(outcomes: readonly RelevanceOutcome[]): RelevanceSummary {
  return {
    queries: outcomes.length,
    atOne: outcomes.filter((o) => o.rank === 1).length,
    atThree: outcomes.filter((o) => o.rank >= 1 && o.rank <= TOP).length,
    misses: outcomes.filter((o) => o.rank !== 1),
  };
}
