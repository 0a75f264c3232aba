/**
 * Browser-side access to the Pagefind index written at build time. The
 * index script is fetched only when first needed, i.e. when a visitor searches.
 */
export interface SearchHit {
  url: string;
  title: string;
  excerpt: string;
  section: string | undefined;
}

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

const INDEX_URL = '/pagefind/pagefind.js';
let api: Promise<PagefindApi> | undefined;

function loadPagefind(): Promise<PagefindApi> {
  api ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ INDEX_URL)) as PagefindApi;
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  // A failed load (offline, no index in dev) may succeed on the next try.
  api.catch(() => (api = undefined));
  return api;
}

export interface SearchPage {
  total: number;
  hits: SearchHit[];
  /** Loads the next `count` hits of the same search. */
  more(count: number): Promise<SearchHit[]>;
}

/** Searches the index; `section` narrows to one of the section filters (docs, kb, packages). */
export async function search(term: string, section?: string, first = 10): Promise<SearchPage> {
  const pagefind = await loadPagefind();
  const response = await pagefind.search(term, section ? { filters: { section } } : {});
  let loaded = 0;
  const take = async (count: number) => {
    const slice = response.results.slice(loaded, loaded + count);
    loaded += slice.length;
    const data = await Promise.all(slice.map((r) => r.data()));
    return data.map((d) => ({
      url: d.url,
      title: d.meta['title'] ?? d.url,
      excerpt: d.excerpt,
      section: d.filters['section']?.[0],
    }));
  };
  return { total: response.results.length, hits: await take(first), more: take };
}
