/**
 * The search index in parts (PORTAL_SEARCH_INDEX_PARTS, default 1).
 *
 * Pagefind's indexer holds every page it indexes in memory until it writes
 * the index: about 0.4 MB a page, 4 GB at 10,000 articles (BENCHMARKS.md). A
 * site that must build on a small machine can split its pages over several
 * indexes, each written by its own short-lived indexer, so the build's peak is
 * one part's. The search page merges the parts in the browser (Pagefind's
 * mergeIndex), which costs a first search more requests and bytes: one index
 * is the default, parts are for build boxes that cannot hold it.
 *
 * Part 1 is the ordinary bundle at /pagefind/; part n is /pagefind/part-n/.
 * Pure: the config, the build and the browser share it.
 */

/** More parts than this would make a first search fetch too many files to be worth it. */
export const MAX_SEARCH_INDEX_PARTS = 32;

/**
 * Reads PORTAL_SEARCH_INDEX_PARTS: 1 when unset or empty, else a whole number
 * from 1 to MAX_SEARCH_INDEX_PARTS. Throws a message naming the setting and
 * the fix, so a typo stops the build.
 */
export function parseSearchIndexParts(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 1;
  const parts = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(parts) || parts < 1 || parts > MAX_SEARCH_INDEX_PARTS) {
    throw new Error(
      `PORTAL_SEARCH_INDEX_PARTS=${JSON.stringify(value)} is not a number of search index parts. ` +
        `Set it to a whole number from 1 to ${MAX_SEARCH_INDEX_PARTS} (e.g. 8 for 10,000 articles on a 4 GB build machine), or leave it unset for one index.`,
    );
  }
  return parts;
}

/** The site path of each part's Pagefind bundle, part 1 first: '/pagefind/', '/pagefind/part-2/', … */
export function searchBundlePaths(parts: number): string[] {
  return Array.from({ length: parts }, (_, i) => (i === 0 ? '/pagefind/' : `/pagefind/part-${i + 1}/`));
}

/**
 * `items` dealt out to `parts` parts like cards (item k to part k mod parts),
 * so sizes differ by at most one and every part holds a sample of every
 * section. That matters for ranking: each part weighs a word by how rare it is
 * in that part, and a part holding only the docs would find "docker" common and
 * rank the Docker guide below an article that mentions Docker once.
 */
export function splitIntoParts<T>(items: readonly T[], parts: number): T[][] {
  const dealt = Array.from({ length: parts }, (): T[] => []);
  items.forEach((item, k) => dealt[k % parts]!.push(item));
  return dealt;
}
