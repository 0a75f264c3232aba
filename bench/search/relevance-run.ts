/**
 * Scores the relevance set against a built site in headless Chromium:
 *
 *   node bench/search/relevance-run.ts [dist]     # default: the project's dist/
 *
 * Prints success at 1 and at 3 and every query that was not first.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from './search-cost.ts';
import { loadRelevanceSet, scoreEntry, summarize, TOP, type RelevanceSummary } from './relevance.ts';
import { serveStatic } from './static-server.ts';

export async function relevance(dist: string): Promise<RelevanceSummary> {
  const server = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const outcomes = [];
    for (const entry of loadRelevanceSet()) outcomes.push(await scoreEntry(page, server.url, entry));
    return summarize(outcomes);
  } finally {
    await browser.close();
    await server.close();
  }
}

export function relevanceLines(summary: RelevanceSummary): string[] {
  const pct = (n: number) => `${((100 * n) / summary.queries).toFixed(0)} %`;
  return [
    `relevance set: ${summary.queries} queries; first: ${summary.atOne} (${pct(summary.atOne)}); in the top ${TOP}: ${summary.atThree} (${pct(summary.atThree)})`,
    ...summary.misses.map(
      (m) =>
        `  ${m.rank === 0 ? 'missing' : `rank ${m.rank}`} [${m.kind}] "${m.query}" → ${m.expect.join(' or ')}; top: ${m.top.join(', ') || '(none)'}`,
    ),
  ];
}

if (import.meta.main) {
  const summary = await relevance(process.argv[2] ?? 'dist');
  console.log(relevanceLines(summary).join('\n'));
}
