/**
 * `npm run bench`: builds the portal around generated knowledge bases of
 * 1,000 and 10,000 articles, and a bare Astro site over the same articles as
 * the floor, then prints the results as Markdown tables (see BENCHMARKS.md),
 * followed by the search relevance set scored on a build of the real content.
 *
 * Everything happens in a temporary folder: generated articles, throw-away
 * project roots with their own caches and dist/. The project's own .astro/,
 * dist/ and node_modules caches are never touched.
 *
 *   npm run bench                          # N = 1,000 and 10,000
 *   npm run bench -- --sizes=500           # other sizes, comma-separated
 *   npm run bench -- --profile             # also write V8 CPU profiles of the portal builds
 *   npm run bench -- --keep                # keep the temporary folder to inspect
 *   npm run bench -- --search-parts=8      # the portal's search index in 8 parts (PORTAL_SEARCH_INDEX_PARTS)
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { outputStats, type OutputStats } from './build/output-stats.ts';
import { runBuild, type BuildRun } from './build/run-build.ts';
import { makeFloorRoot, makePortalRoot, PROJECT } from './build/site-roots.ts';
import { parseSearchIndexParts } from '../src/lib/search-parts.ts';
import { generateKb } from './kb/generate.ts';
import { evaluateRate } from './micro/evaluate-rate.ts';
import { describeMachine } from './report/machine.ts';
import { reportTables, type SizeResult } from './report/tables.ts';
import { relevance } from './search/relevance-run.ts';
import type { RelevanceSummary } from './search/relevance.ts';
import { searchCost } from './search/search-cost.ts';
import { pageWeight, type PageWeight } from './weight/page-weight.ts';
import { PAGE_TYPES, pagesOfType, sitePaths } from './weight/page-types.ts';

/** The one-word query of the search measurement: common in the generated articles, not in all. */
const SEARCH_WORD = 'certificate';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    profile: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'search-parts': { type: 'string', default: '1' },
  },
});
const searchParts = parseSearchIndexParts(values['search-parts']);
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 2)) throw new Error(`--sizes: expected whole numbers ≥ 2, got ${values.sizes}`);

const work = mkdtempSync(join(tmpdir(), 'portal-bench-'));
const log = (message: string) => console.error(`bench: ${message}`);

function failIfBroken(run: BuildRun, what: string) {
  if (run.ok) return;
  const tail = readFileSync(run.log, 'utf8').split('\n').slice(-40).join('\n');
  throw new Error(`${what} failed (log: ${run.log}):\n${tail}`);
}

/** One sample page of each kind, or undefined where the kind has no page yet. */
function weighPageTypes(dist: string): Map<string, PageWeight | undefined> {
  const paths = sitePaths(dist);
  return new Map(
    PAGE_TYPES.map((type) => {
      const sample = pagesOfType(paths, type)[0];
      return [type.name, sample ? pageWeight(dist, sample) : undefined];
    }),
  );
}

async function benchSize(n: number): Promise<SizeResult> {
  const kbDir = join(work, `kb-${n}`);
  log(`generating ${n} articles`);
  generateKb(kbDir, n, join(PROJECT, 'content'));
  const env = { PORTAL_KB_DIR: kbDir };
  const portalEnv = { ...env, PORTAL_SEARCH_INDEX_PARTS: String(searchParts) };

  log(`building the portal with ${n} articles`);
  const portalRoot = makePortalRoot(join(work, `portal-${n}`));
  // Profiles live outside the work folder, so they outlive it.
  const profileDir = join(tmpdir(), `portal-bench-profile-${n}-${Date.now()}`);
  const portal = await runBuild({
    root: portalRoot,
    env: portalEnv,
    nodeFlags: values.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  });
  failIfBroken(portal, `the portal build with ${n} articles`);
  const dist = join(portalRoot, 'dist');
  const output: OutputStats = outputStats(dist);
  const weights = weighPageTypes(dist);
  log(`searching for "${SEARCH_WORD}" in Chromium`);
  const search = await searchCost(dist, SEARCH_WORD);
  if (values.profile) log(`CPU profile: ${join(profileDir, readdirSync(profileDir)[0]!)}`);
  if (!values.keep) rmSync(portalRoot, { recursive: true, force: true });

  log(`building the floor (bare Astro page) with ${n} articles`);
  const floorRoot = makeFloorRoot(join(work, `floor-${n}`));
  const floor = await runBuild({ root: floorRoot, env });
  failIfBroken(floor, `the floor build with ${n} articles`);
  const floorOutput = outputStats(join(floorRoot, 'dist'));
  if (!values.keep) rmSync(floorRoot, { recursive: true, force: true });

  return { articles: n, portal, output, weights, search, floor, floorOutput };
}

/** The relevance set (bench/search/relevance-set.yaml) on a build of the real content, knowledge base included. */
async function benchRelevance(): Promise<RelevanceSummary> {
  log('building the portal with the real knowledge base, for the relevance set');
  const root = makePortalRoot(join(work, 'portal-real'));
  // The real articles go back inside the root: Astro resolves MDX entries from it.
  cpSync(join(PROJECT, 'content/kb'), join(root, 'content/kb'), { recursive: true });
  const run = await runBuild({ root, env: { PORTAL_KB_DIR: join(root, 'content/kb') } });
  failIfBroken(run, 'the portal build with the real knowledge base');
  log('searching the relevance set in Chromium');
  return relevance(join(root, 'dist'));
}

// Before any work of ours: the load average then is other people's.
const machine = describeMachine();
try {
  const results: SizeResult[] = [];
  for (const n of sizes) results.push(await benchSize(n));
  const evaluate = await evaluateRate();
  const relevanceSummary = await benchRelevance();
  console.log(
    reportTables({
      machine,
      loadAtEnd: loadavg()[0]!,
      results,
      evaluate,
      searchWord: SEARCH_WORD,
      searchParts,
      relevance: relevanceSummary,
    }),
  );
} finally {
  if (values.keep) log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
