/**
 * The `keywords` of a doc or article reach the search index as Pagefind
 * metadata (`data-pagefind-meta="keywords:…"`): searchable, ranked with the
 * weight in RANKING.metaWeights (src/lib/pagefind-client.ts), never shown.
 */

/** The Pagefind metadata field holding a page's keywords. */
export const KEYWORDS_META = 'keywords';

/** The attribute value for a page's keywords, or undefined when it has none (no attribute). */
export function keywordsMeta(keywords: readonly string[]): string | undefined {
  return keywords.length ? `${KEYWORDS_META}:${keywords.join(', ')}` : undefined;
}
