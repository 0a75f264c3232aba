/**
 * The copy of the site built under a base path for test/e2e/base-path.spec.ts:
 * playwright.config.ts builds it (test/helpers/channel-site.mjs) into
 * BASE_PATH_SITE_DIR and serves it under BASE_PATH_UNDER_TEST. Its search
 * index is built in SEARCH_INDEX_PARTS_UNDER_TEST parts, so the same spec
 * proves that an index in parts finds what one index finds, under a base path.
 */
import { resolve } from 'node:path';

export const BASE_PATH_UNDER_TEST = '/support/';

export const BASE_PATH_SITE_DIR = resolve(import.meta.dirname, '../../.cache/base-path-site');

/** PORTAL_SEARCH_INDEX_PARTS of that build (src/lib/search-parts.ts). */
export const SEARCH_INDEX_PARTS_UNDER_TEST = 3;
