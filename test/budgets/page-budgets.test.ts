/**
 * Page budgets, checked on the built site in dist/ (run after `astro build`:
 * `npm run test:budgets`). Sizes are deterministic, so they are tested here;
 * build and search times are not, and live in the benchmark (npm run bench).
 *
 * Change a budget only with the reason in the commit message.
 */
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { pageWeight } from '../../bench/weight/page-weight';
import { pageType, pagesOfType, sitePaths } from '../../bench/weight/page-types';

const DIST = 'dist';
if (!existsSync(`${DIST}/index.html`)) {
  throw new Error('No built site in dist/: run `npm run build` first (or `npm test`, which does).');
}
const paths = sitePaths(DIST);

/**
 * HTML plus CSS of a reading page, gzipped: about what fits in the first
 * round trip of a new connection (TCP's initial window of 10 segments,
 * ~14 KB), so the page can paint before a second round trip.
 */
const READING_PAGE_HTML_CSS = 14 * 1024;
/**
 * JavaScript the coverage checker (/check/) may load, gzipped: the island with
 * its React runtime. React 19 with react-dom, Astro's React client and its
 * island bootstrap weigh 70 KB here before any code of ours, which leaves the
 * checker itself (engine, URL parser, UI) about 6 KB. 75 KB held until the URL
 * notices learned to shorten values, neutralise bidirectional overrides and list
 * "and N more" (src/lib/url-notices.ts, issue #10): 77,100 bytes measured then.
 */
const CHECKER_JS = 76 * 1024;

/** Kinds of page a visitor reads: no JavaScript until search is opened (on /search/). */
const READING_PAGES = ['doc', 'article', 'package'];

describe.each(READING_PAGES)('every %s page', (name) => {
  const pages = pagesOfType(paths, pageType(name));

  test('exists in the build (so the budgets below are not checked on nothing)', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  test.each(pages)('%s ships no JavaScript', (path) => {
    const weight = pageWeight(DIST, path);
    expect({ jsFiles: weight.jsFiles, inlineJs: weight.inlineJs }).toEqual({ jsFiles: [], inlineJs: 0 });
  });

  test.each(pages)(`%s: HTML + CSS within ${READING_PAGE_HTML_CSS / 1024} KB gzipped`, (path) => {
    const weight = pageWeight(DIST, path);
    expect(weight.html + weight.css).toBeLessThanOrEqual(READING_PAGE_HTML_CSS);
  });
});

describe('the coverage checker', () => {
  const pages = pagesOfType(paths, pageType('check'));

  test('exists in the build', () => {
    expect(pages).toEqual(['/check/']);
  });

  test(`/check/ loads at most ${CHECKER_JS / 1024} KB of JavaScript, gzipped`, () => {
    expect(pageWeight(DIST, '/check/').js).toBeLessThanOrEqual(CHECKER_JS);
  });
});
