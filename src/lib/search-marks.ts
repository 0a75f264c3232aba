/**
 * Performance marks the search page sets and the benchmark reads
 * (bench/search/search-cost.ts): the index loaded, and the first results on
 * screen. No imports, so the benchmark can load it in Node.
 */
export const MARK_INDEX_READY = 'portal-search:index-ready';
export const MARK_RESULTS_SHOWN = 'portal-search:results-shown';
