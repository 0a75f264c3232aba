/**
 * The site's own vocabulary, for "did you mean": the build writes the words of
 * the indexed pages' headings, leads and keywords to one small text file (most
 * used first), and the search page fetches it only when a query finds nothing
 * or matches poorly.
 * Pure: the build (Node) and the browser share these helpers.
 */

/** Where the build writes the word list, and the search page reads it. */
export const SEARCH_WORDS_PATH = '/search/words.txt';

/** The most words the list keeps: far more than a site's topics, and still a small download (~20 KB gzipped). */
export const MAX_SEARCH_WORDS = 8000;

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
 * Counts, for each word, how many documents hold it, and returns the words
 * most common first (ties alphabetical), at most `limit` of them.
 */
export function vocabularyOf(documents: Iterable<string>, limit = MAX_SEARCH_WORDS): string[] {
  const documentFrequency = new Map<string, number>();
  for (const text of documents) {
    for (const word of new Set(wordsOf(text))) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  }
  return [...documentFrequency]
    .sort(([a, fa], [b, fb]) => fb - fa || (a < b ? -1 : 1))
    .slice(0, limit)
    .map(([word]) => word);
}

/** Reads the word list file: one word per line, most common first. */
export function parseWordList(text: string): string[] {
  return text
    .split('\n')
    .map((w) => w.trim())
    .filter(Boolean);
}
