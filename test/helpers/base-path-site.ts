/**
 * The copy of the site built under a base path for test/e2e/base-path.spec.ts:
 * playwright.config.ts builds it (test/helpers/channel-site.mjs) into
 * BASE_PATH_SITE_DIR and serves it under BASE_PATH_UNDER_TEST.
 */
import { resolve } from 'node:path';

export const BASE_PATH_UNDER_TEST = '/support/';

export const BASE_PATH_SITE_DIR = resolve(import.meta.dirname, '../../.cache/base-path-site');
