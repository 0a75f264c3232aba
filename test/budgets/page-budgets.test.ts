/**
 * Page budgets, checked on the built site in dist/ (run after `astro build`:
 * `npm run test:budgets`). Sizes are deterministic, so they are tested here;
 * build and search times are not, and live in the benchmark (npm run bench).
 *
 * Change a budget only with the reason in the commit message.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { pageFile, pageWeight } from '../../bench/weight/page-weight';
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
 * 76 KB held until the size fields kept a refused value with its range and a
 * live region (src/islands/checker/SizeField.tsx) and the phone verdict bar
 * became one component shared with /ticket/ (src/islands/shared/VerdictBar.tsx):
 * 77,986 bytes measured then, 886 more.
 */
const CHECKER_JS = 77 * 1024;

/**
 * JavaScript a reading page may carry: the copy buttons of its code blocks and
 * its "Copy as Markdown" button (src/scripts/copy-code.ts, inlined by the
 * build), and only when it has one of them (docs and articles). Measured at
 * 792 bytes (442 gzipped) with the code blocks' button alone, 1,007 bytes
 * (about 545 gzipped) with both.
 */
const COPY_BUTTON_JS = 1024;

/** Kinds of page a visitor reads: no JavaScript but the copy buttons until search is opened (on /search/). */
const READING_PAGES = ['doc', 'article', 'package'];

/** Whether a page has something for the copy script: a code block or a Markdown copy to copy. */
const hasCopyButtons = (path: string) => /<copy-(code|markdown)\b/.test(readFileSync(pageFile(DIST, path), 'utf8'));

describe.each(READING_PAGES)('every %s page', (name) => {
  const pages = pagesOfType(paths, pageType(name));

  test('exists in the build (so the budgets below are not checked on nothing)', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  test.each(pages)('%s ships no JavaScript but its copy buttons', (path) => {
    const weight = pageWeight(DIST, path);
    expect(weight.jsFiles).toEqual([]);
    if (hasCopyButtons(path)) expect(weight.inlineJs).toBeLessThanOrEqual(COPY_BUTTON_JS);
    else expect(weight.inlineJs).toBe(0);
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

describe('the copy buttons', () => {
  test('are on the pages with code blocks or a Markdown copy, and only there', () => {
    const reading = READING_PAGES.flatMap((name) => pagesOfType(paths, pageType(name)));
    const withCode = reading.filter(hasCopyButtons);
    // Both kinds exist, so both branches of the budget above are exercised.
    expect(withCode.length).toBeGreaterThan(0);
    expect(withCode.length).toBeLessThan(reading.length);
    for (const path of withCode) expect(pageWeight(DIST, path).inlineJs, path).toBeGreaterThan(0);
  });
});
