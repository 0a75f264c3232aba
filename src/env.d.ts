interface ImportMetaEnv {
  /** How many parts the search index is built in (PORTAL_SEARCH_INDEX_PARTS, src/lib/search-parts.ts); set by astro.config.mjs. */
  readonly PORTAL_SEARCH_INDEX_PARTS?: number;
}
