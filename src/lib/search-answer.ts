/**
 * From what a visitor typed to the results the search page shows:
 *
 * 1. The query less its stop words (src/lib/query-words.ts) goes to Pagefind.
 * 2. When it finds nothing, or a word matched nothing like it (a typo:
 *    Pagefind then matches a short prefix of it), the site's word list is
 *    fetched (once, small). Of those suspect words, the ones the site never
 *    uses are replaced by the nearest topic word, or left out when none is
 *    near ("xylophone" finds nothing rather than `curl -X`). The results are
 *    shown with "Showing results for …", and the visitor can search for what
 *    they typed instead.
 * 3. When few pages hold every word, pages holding all words but one are
 *    added after them.
 */
import { findResults, pageOf, type PagefindResult, type SearchPage } from './pagefind-client';
import { matchedPoorly, queriesWithOneWordLess, queryWords, searchableQuery } from './query-words';
import { correctQuery } from './spelling';
import { parseWordList, SEARCH_WORDS_PATH, type SearchVocabulary } from './search-words';
import { withBase } from './site-url';

export interface SearchAnswer {
  page: SearchPage;
  /** The corrected query the results are for, when the visitor's words were replaced or left out. */
  correctedTo: string | undefined;
  /** Words left out of the query because the site uses neither them nor a word near them, as typed. */
  unknownWords: string[];
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

let wordList: Promise<SearchVocabulary> | undefined;
function loadWordList(): Promise<SearchVocabulary> {
  wordList ??= fetch(withBase(SEARCH_WORDS_PATH)).then(async (response) => {
    if (!response.ok) throw new Error(`${SEARCH_WORDS_PATH}: HTTP ${response.status}`);
    return parseWordList(await response.text());
  });
  wordList.catch(() => (wordList = undefined));
  return wordList;
}

/** The words that may be misspelt: all of them when nothing was found, else those matching nothing like them in the top results. */
function suspectWords(query: string, page: SearchPage): Set<string> {
  const words = queryWords(query);
  if (page.total === 0) return new Set(words);
  const marked = page.hits.slice(0, RESULTS_CHECKED).flatMap((hit) => hit.markedWords);
  return new Set(words.filter((word) => matchedPoorly(word, marked)));
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
  let unknownWords: string[] = [];

  const suspects = literal ? new Set<string>() : suspectWords(query, firstPage);
  const vocabulary = suspects.size ? await loadWordList().catch(() => undefined) : undefined;
  if (vocabulary) {
    // Corrected as typed, stop words included, so the notice repeats the visitor's own phrasing.
    const correction = correctQuery(typed.trim(), vocabulary, suspects);
    if (correction.changed) {
      const correctedQuery = correction.query ? searchableQuery(correction.query) : '';
      const corrected = correctedQuery ? await findResults(correctedQuery, section) : [];
      // Nothing found for a corrected query keeps the visitor's results; a query of unknown words alone finds nothing.
      if (corrected.length > 0 || !correctedQuery) {
        query = correctedQuery;
        results = corrected;
        correctedTo = correction.query || undefined;
        unknownWords = correction.unknown;
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
  const unchanged = query === searchableQuery(typed) && !partial;
  return { page: unchanged ? firstPage : await pageOf(results, first), correctedTo, unknownWords, partial };
}
