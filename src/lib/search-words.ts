/**
 * The site's own vocabulary, for "did you mean". The build writes one small
 * text file; the search page fetches it only when a query finds nothing or
 * matches poorly. It holds two lists:
 *
 * - suggestions: the words of the indexed pages' headings, leads and keywords,
 *   most used first. A misspelt word is corrected towards these: what a
 *   visitor misspells is a topic, and topics are in headings.
 * - known words: every other word of the indexed text, sorted. A word found
 *   here (or a form of it) is the visitor's own and is never "corrected",
 *   though Pagefind may not show it in the first excerpts ("mixed content"
 *   must not become "cited contact").
 *
 * Pure: the build (Node) and the browser share these helpers.
 */

/** Where the build writes the word list, and the search page reads it. */
export const SEARCH_WORDS_PATH = '/search/words.txt';

/** The most suggestions the list keeps: far more than a site's topics. */
export const MAX_SEARCH_WORDS = 8000;

/**
 * The most known words the list keeps, the ones most pages use first: ~6 KB
 * gzipped for this site's 2,100 words. A rarer word beyond the limit can be
 * corrected only when Pagefind also matched it poorly.
 */
export const MAX_KNOWN_WORDS = 40_000;

/**
 * Words worth correcting towards are runs of 3 to 24 letters: identifiers split
 * into their parts (MONGO_URI gives mongo and uri) and numbers are dropped, as
 * nobody misspells 27017 from memory.
 */
const LETTERS = /\p{L}+/gu;
const MIN_LENGTH = 3;
const MAX_LENGTH = 24;

/** Lower-cased words of a text, in order, duplicates kept. */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(LETTERS) ?? []).filter((w) => w.length >= MIN_LENGTH && w.length <= MAX_LENGTH);
}

/**
 * Counts, for each word, how many documents hold it. Documents are added one
 * at a time, so a build over 10,000 pages keeps the counts, not the texts.
 */
export class WordCounter {
  readonly #documentFrequency = new Map<string, number>();

  add(text: string): void {
    for (const word of new Set(wordsOf(text))) this.#documentFrequency.set(word, (this.#documentFrequency.get(word) ?? 0) + 1);
  }

  /** The words most common first (ties alphabetical), at most `limit` of them. */
  mostCommon(limit: number): string[] {
    return [...this.#documentFrequency]
      .sort(([a, fa], [b, fb]) => fb - fa || (a < b ? -1 : 1))
      .slice(0, limit)
      .map(([word]) => word);
  }
}

/** The words of `documents`, most common first, at most `limit` of them. */
export function vocabularyOf(documents: Iterable<string>, limit = MAX_SEARCH_WORDS): string[] {
  const counter = new WordCounter();
  for (const text of documents) counter.add(text);
  return counter.mostCommon(limit);
}

export interface SearchVocabulary {
  /** Words a correction may suggest: the pages' topics, most common first. */
  suggestions: string[];
  /** Every word the list holds, suggestions included, in sorted order (for binary search). */
  known: string[];
}

/** The file's text: the suggestions one per line, a blank line, then the other known words in sorted order. */
export function formatWordList(suggestions: readonly string[], knownWords: Iterable<string>): string {
  const suggested = new Set(suggestions);
  const others = [...new Set(knownWords)].filter((w) => !suggested.has(w)).sort();
  return `${suggestions.join('\n')}\n\n${others.join('\n')}\n`;
}

/** Reads the word list file (see formatWordList); a file without a blank line holds suggestions only. */
export function parseWordList(text: string): SearchVocabulary {
  const [suggestionText = '', ...rest] = text.split(/\n\s*\n/);
  const lines = (part: string) =>
    part
      .split('\n')
      .map((w) => w.trim())
      .filter(Boolean);
  const suggestions = lines(suggestionText);
  const known = [...suggestions, ...rest.flatMap(lines)].sort();
  return { suggestions, known };
}
