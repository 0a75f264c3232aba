/**
 * The relevance set (bench/search/relevance-set.yaml) on the built site: every
 * query must find its page in the top 3. One test per query, so a failure
 * names the query, what it found, and what was expected.
 */
import { expect, test } from '@playwright/test';
import { loadRelevanceSet, scoreEntry, TOP } from '../../bench/search/relevance';

for (const entry of loadRelevanceSet()) {
  test(`[${entry.kind}] "${entry.query}" finds ${entry.expect.join(' or ')} in the top ${TOP}`, async ({ page, baseURL }) => {
    const outcome = await scoreEntry(page, baseURL!, entry);
    expect(outcome.rank, `top results: ${outcome.top.join(', ') || '(none)'}`).toBeGreaterThanOrEqual(1);
    expect(outcome.rank).toBeLessThanOrEqual(TOP);
  });
}
