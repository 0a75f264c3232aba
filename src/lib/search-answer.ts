/**
 * From what a visitor typed to the results the search page shows:
 *
 * 1. The query less its stop words (src/lib/query-words.ts) goes to Pagefind.
 * 2. When it finds nothing, or a word matched nothing like it (a typo:
 *    Pagefind then matches a short prefix of it), the site's word list is
 *    fetched (once, small) and unknown words are replaced by the nearest known
 *    ones; if that query finds pages, they are shown with "Showing results
 *    for …", and the visitor can search for what they typed instead.
 * 3. When few pages hold every word, pages holding all words but one are
 *    added after them.
 */
import { findResults, pageOf, type PagefindResult, type SearchPage } from './pagefind-client';
import { matchedPoorly, queriesWithOneWordLess, queryWords, searchableQuery } from './query-words';
import { correctQuery } from './spelling';
import { parseWordList, SEARCH_WORDS_PATH } from './search-words';
import { withBase } from './site-url';

export interface SearchAnswer {
  page: SearchPage;
  /** The corrected query the results are for, when the visitor's words were replaced. */
  correctedTo: string | undefined;
  /** True when some results hold all the words but one. */
  partial: boolean;
}

export interface AnswerOptions {
  section?: string | undefined;
  /** Results to load at once. */
  first: number;
  /** Search exactly what was typed: no spelling correction (the "Search instead for" link). */
  literal?: boolean;
}

/** Fewer results than this, for a query of several words, also brings the pages that miss one word. */
const FEW_RESULTS = 3;
/** Longer queries are not relaxed: one search per word would be slow, and long queries rarely need it. */
const MAX_WORDS_TO_RELAX = 6;
/** How many top results are checked for a word that matched poorly. */
const RESULTS_CHECKED = 5;

let wordList: Promise<string[]> | undefined;
function loadWordList(): Promise<string[]> {
  wordList ??= fetch(withBase(SEARCH_WORDS_PATH)).then(async (response) => {
    if (!response.ok) throw new Error(`${SEARCH_WORDS_PATH}: HTTP ${response.status}`);
    return parseWordList(await response.text());
  });
  wordList.catch(() => (wordList = undefined));
  return wordList;
}

/** Does the query need the word list: nothing found, or a word matched nothing that resembles it in the top results? */
function looksMisspelt(query: string, page: SearchPage): boolean {
  if (page.total === 0) return true;
  const marked = page.hits.slice(0, RESULTS_CHECKED).flatMap((hit) => hit.markedWords);
  return queryWords(query).some((word) => matchedPoorly(word, marked));
}

/** Results of every query, pages found by more queries first, then by their best score. */
async function mergedResults(queries: readonly string[], section: string | undefined): Promise<PagefindResult[]> {
  const found = new Map<string, { result: PagefindResult; queries: number; score: number }>();
  for (const results of await Promise.all(queries.map((q) => findResults(q, section)))) {
    for (const result of results) {
      const seen = found.get(result.id);
      if (seen) {
        seen.queries++;
        seen.score = Math.max(seen.score, result.score);
      } else found.set(result.id, { result, queries: 1, score: result.score });
    }
  }
  return [...found.values()].sort((a, b) => b.queries - a.queries || b.score - a.score).map((f) => f.result);
}

export async function answer(typed: string, { section, first, literal = false }: AnswerOptions): Promise<SearchAnswer> {
  let query = searchableQuery(typed);
  let results = await findResults(query, section);
  // The first page is loaded once: it is what a good query shows, and what tells a poor one apart.
  const firstPage = await pageOf(results, first);
  let correctedTo: string | undefined;

  if (!literal && looksMisspelt(query, firstPage)) {
    // Corrected as typed, stop words included, so the notice repeats the visitor's own phrasing.
    const correction = correctQuery(typed.trim(), await loadWordList().catch(() => []));
    if (correction.changed) {
      const correctedQuery = searchableQuery(correction.query);
      const corrected = await findResults(correctedQuery, section);
      if (corrected.length > 0) {
        query = correctedQuery;
        results = corrected;
        correctedTo = correction.query;
      }
    }
  }

  let partial = false;
  const words = queryWords(query).length;
  if (results.length < FEW_RESULTS && words >= 2 && words <= MAX_WORDS_TO_RELAX) {
    const full = new Set(results.map((r) => r.id));
    const more = (await mergedResults(queriesWithOneWordLess(query), section)).filter((r) => !full.has(r.id));
    if (more.length) {
      partial = true;
      results = [...results, ...more];
    }
  }
  const unchanged = !correctedTo && !partial;
  return { page: unchanged ? firstPage : await pageOf(results, first), correctedTo, partial };
}
