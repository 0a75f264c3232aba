/** The benchmark's printed report: the build table, page weights, and the engine's speed. */
import type { OutputStats } from '../build/output-stats.ts';
import type { BuildRun } from '../build/run-build.ts';
import type { EvaluateRate } from '../micro/evaluate-rate.ts';
import type { SearchCost } from '../search/search-cost.ts';
import { relevanceLines } from '../search/relevance-run.ts';
import type { RelevanceSummary } from '../search/relevance.ts';
import type { PageWeight } from '../weight/page-weight.ts';
import { bytes, count, ms, NOT_BUILT, seconds, table } from './format.ts';
import type { Machine } from './machine.ts';

export interface SizeResult {
  articles: number;
  portal: BuildRun;
  output: OutputStats;
  /** Page type → weight of its sample page; undefined when the type has no page yet. */
  weights: Map<string, PageWeight | undefined>;
  search: SearchCost;
  floor: BuildRun;
  floorOutput: OutputStats;
}

interface Report {
  machine: Machine;
  /** 1-minute load average when the run ended (includes the benchmark's own processes). */
  loadAtEnd: number;
  results: SizeResult[];
  evaluate: EvaluateRate;
  searchWord: string;
  /** How many parts the portal's search index was built in (--search-parts; 1 is the default build). */
  searchParts: number;
  /** The relevance set scored on a build of the real content. */
  relevance: RelevanceSummary;
}

function buildTable({ results, searchWord }: Report): string {
  const row = (label: string, cell: (r: SizeResult) => string) => [label, ...results.map(cell)];
  return table(
    ['', ...results.map((r) => `N = ${count(r.articles)}`)],
    [
      row('pages built (HTML files)', (r) => count(r.output.pages)),
      row('build wall time (incl. search index)', (r) => seconds(r.portal.seconds)),
      row('build CPU time (user + system, all processes)', (r) => seconds(r.portal.cpuSeconds)),
      row('pages per second', (r) => count(r.output.pages / r.portal.seconds)),
      row('peak memory, whole build (sum of RSS)', (r) => bytes(r.portal.memory.treeRss)),
      row('peak memory, largest process (VmHWM)', (r) => bytes(r.portal.memory.largestProcessHwm)),
      row('output size / files', (r) => `${bytes(r.output.site.bytes)} / ${count(r.output.site.files)}`),
      row('Pagefind index size / files', (r) => `${bytes(r.output.pagefind.bytes)} / ${count(r.output.pagefind.files)}`),
      row(`first search for "${searchWord}": transferred`, (r) => `${bytes(r.search.bytes)} in ${r.search.requests} requests`),
      row('first search: by kind of file', (r) =>
        Object.entries(r.search.byKind)
          .sort(([, a], [, b]) => b - a)
          .map(([kind, size]) => `${kind} ${bytes(size)}`)
          .join(', '),
      ),
      row('first search: submit to results shown (median of 3)', (r) => `${ms(r.search.ms)} (${count(r.search.results)} results)`),
      row('first search: index loaded to results shown (median of 3)', (r) => ms(r.search.afterIndexMs)),
      row('floor: bare Astro page, same articles: wall / CPU time', (r) => `${seconds(r.floor.seconds)} / ${seconds(r.floor.cpuSeconds)}`),
      row('floor: peak memory (sum of RSS)', (r) => bytes(r.floor.memory.treeRss)),
      row(
        'our build ÷ floor: wall / CPU time',
        (r) => `${(r.portal.seconds / r.floor.seconds).toFixed(2)} × / ${(r.portal.cpuSeconds / r.floor.cpuSeconds).toFixed(2)} ×`,
      ),
    ],
  );
}

function weightTable({ results }: Report): string {
  const largest = results.at(-1)!;
  const names = [...largest.weights.keys()];
  return table(
    [
      'page type',
      `sample (N = ${count(largest.articles)})`,
      ...results.map((r) => `HTML gz, N = ${count(r.articles)}`),
      'CSS gz (files)',
      'JS gz on load',
    ],
    names.map((name) => {
      const weight = largest.weights.get(name);
      if (!weight) return [name, NOT_BUILT, ...results.map(() => ''), '', ''];
      return [
        name,
        weight.path,
        ...results.map((r) => {
          const w = r.weights.get(name);
          return w ? bytes(w.html) : NOT_BUILT;
        }),
        bytes(weight.css),
        bytes(weight.js),
      ];
    }),
  );
}

function evaluateLine({ evaluate }: Report): string {
  return 'perSecond' in evaluate
    ? `evaluate() calls per second: ${count(evaluate.perSecond)} (cycling over ${evaluate.cases} requests)`
    : `evaluate() calls per second: ${evaluate.missing === 'not built yet' ? NOT_BUILT : `n/a (${evaluate.missing})`}`;
}

export function reportTables(report: Report): string {
  const { machine } = report;
  return [
    `Benchmark of ${machine.date} on ${machine.cores} cores (${machine.cpu}), ${machine.memory} RAM, Node ${machine.node}; ` +
      `load average ${machine.load.toFixed(1)} at the start, ${report.loadAtEnd.toFixed(1)} at the end` +
      (machine.load > 0.5 ? ' (other work was running: wall times are inflated)' : ''),
    ...(report.searchParts > 1
      ? [`Search index built in ${report.searchParts} parts (PORTAL_SEARCH_INDEX_PARTS=${report.searchParts}).`]
      : []),
    '',
    buildTable(report),
    '',
    'Page weights (gzip level 6; HTML includes the inlined CSS; JS counts everything loaded on page load):',
    '',
    weightTable(report),
    '',
    evaluateLine(report),
    '',
    ...relevanceLines(report.relevance),
  ].join('\n');
}
