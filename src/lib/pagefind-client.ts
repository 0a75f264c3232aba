/**
 * Browser-side access to the Pagefind index written at build time. The
 * index script is fetched only when first needed, i.e. when a visitor searches.
 */
import { KEYWORDS_META } from './search-keywords';
import { MARK_INDEX_READY } from './search-marks';
import { matchedSections, type MatchedSection, type PagefindSubResult } from './search-landing';
import { searchBundlePaths } from './search-parts';
import { withBase } from './site-url';

export interface SearchHit {
  /** The page. */
  url: string;
  title: string;
  /** Excerpt of the best-matching section, Pagefind's escaped text with <mark> around matches. */
  excerpt: string;
  section: string | undefined;
  /** Link to the best-matching section of the page, scrolling to the matched words. */
  target: string;
  /** Up to three matching sections with a heading, in page order. */
  sections: MatchedSection[];
  /** The page words Pagefind matched in the excerpts, as written. */
  markedWords: string[];
}

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
/** One result of a Pagefind search, before its data is loaded (each data() is a fetch). */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(bundlePath: string, options: Record<string, unknown>): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

// Under the base path; Pagefind then prefixes its result URLs with the same path (its default baseUrl is where the bundle lives).
const INDEX_URL = withBase('/pagefind/pagefind.js');

/** The bundles of the other parts when the index is built in parts (src/lib/search-parts.ts); none by default. */
const OTHER_PARTS = searchBundlePaths(import.meta.env.PORTAL_SEARCH_INDEX_PARTS ?? 1)
  .slice(1)
  .map((path) => withBase(path));

/**
 * How Pagefind ranks pages (https://pagefind.app/docs/ranking/), measured on
 * the relevance set (bench/search/relevance-set.yaml; BENCHMARKS.md has the
 * runs): keywords weighted 1 or title and keywords both 1 lose 4 to 6 first
 * places; 5 and 10 do equally well; pageLength 0.3 or termFrequency 0.5 change
 * nothing for the better. Pagefind's other defaults stay.
 */
export const RANKING = {
  /** Boost for query words found in the title (Pagefind's default, 5) and in the `keywords` (as strong as the title). */
  metaWeights: { title: 5, [KEYWORDS_META]: 5 },
};

let api: Promise<PagefindApi> | undefined;

function loadPagefind(): Promise<PagefindApi> {
  api ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ INDEX_URL)) as PagefindApi;
    // noWorker: the worker script is a second download of Pagefind's code; our searches are small enough for the main thread.
    const options = { excerptLength: 24, ranking: RANKING };
    await pagefind.options({ ...options, noWorker: true });
    await pagefind.init();
    // The other parts share the engine loaded above; each adds its metadata. Their pages' URLs are site paths like part 1's.
    await Promise.all(OTHER_PARTS.map((path) => pagefind.mergeIndex(path, { ...options, baseUrl: withBase('/') })));
    // init() only starts loading the engine and the metadata; an empty search returns once they are in,
    // so "ready" means ready, and the first real search does not wait on Pagefind's 50 ms polling.
    await pagefind.preload('');
    performance.mark(MARK_INDEX_READY);
    return pagefind;
  })();
  // A failed load (offline, no index in dev) may succeed on the next try.
  api.catch(() => (api = undefined));
  return api;
}

/** Starts loading the index (script, WebAssembly, metadata) ahead of the first search, e.g. when the search field gets focus. */
export function preloadIndex(): void {
  loadPagefind().catch(() => {}); // a failure shows when the search itself runs
}

/** Fetches the index chunks a query will need while the visitor is still typing it (Pagefind keeps them). */
export function preloadQuery(term: string): void {
  loadPagefind()
    .then((pagefind) => pagefind.preload(term))
    .catch(() => {}); // a failure shows when the search itself runs
}

/** All results for a query, best first, without their data; `section` narrows to one section filter. */
export async function findResults(term: string, section?: string): Promise<PagefindResult[]> {
  const pagefind = await loadPagefind();
  const response = await pagefind.search(term, section ? { filters: { section } } : {});
  return response.results;
}

async function toHit(result: PagefindResult): Promise<SearchHit> {
  const data = await result.data();
  const { best, sections } = matchedSections(data.sub_results);
  const excerpts = [data.excerpt, ...data.sub_results.map((s) => s.excerpt)].join(' ');
  return {
    url: data.url,
    title: data.meta['title'] ?? data.url,
    excerpt: best?.excerpt ?? data.excerpt,
    section: data.filters['section']?.[0],
    target: best?.url ?? data.url,
    sections,
    markedWords: [...excerpts.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1]!),
  };
}

export interface SearchPage {
  total: number;
  hits: SearchHit[];
  /** Loads the next `count` hits of the same search. */
  more(count: number): Promise<SearchHit[]>;
}

/** Pages through results, loading each result's data only when it is shown. */
export async function pageOf(results: readonly PagefindResult[], first: number): Promise<SearchPage> {
  let loaded = 0;
  const take = async (count: number) => {
    const slice = results.slice(loaded, loaded + count);
    loaded += slice.length;
    return Promise.all(slice.map(toHit));
  };
  return { total: results.length, hits: await take(first), more: take };
}

/** Searches the index; `section` narrows to one of the section filters (docs, kb, packages). */
export async function search(term: string, section?: string, first = 10): Promise<SearchPage> {
  return pageOf(await findResults(term, section), first);
}
