/**
 * How a visitor's words become Pagefind queries. Pagefind returns only pages
 * holding every word (or a word starting with it), so small words that carry
 * no meaning ("how", "is", "my") would narrow results to pages that happen to
 * use them. Pure, tested directly.
 */

/** Words dropped from a query when other words remain: they appear in nearly every page or match by prefix. */
const STOP_WORDS = new Set(
  (
    "a an and are as at be but by can cannot can't could did do does doesn't don't for from get got has have how i i'm " +
    "if in is isn't it its it's me my no not of on or our should so that the their them then there this to was we " +
    "what when where which who why will with won't would you your"
  ).split(' '),
);

/** The query's words, lower-cased, with quotes and punctuation around them removed. */
export function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}_@]+|[^\p{L}\p{N}_]+$/gu, ''))
    .filter(Boolean);
}

/**
 * The query Pagefind is given: the visitor's words less the stop words, unless
 * nothing else is left, or the query is an exact phrase in double quotes.
 */
export function searchableQuery(query: string): string {
  const trimmed = query.trim();
  if (/^".+"$/.test(trimmed)) return trimmed;
  const words = queryWords(trimmed);
  const meaningful = words.filter((w) => !STOP_WORDS.has(w));
  return (meaningful.length ? meaningful : words).join(' ');
}

/**
 * Queries with one word left out each, for when no page holds every word:
 * a page matching all but one word is usually still the answer.
 */
export function queriesWithOneWordLess(query: string): string[] {
  const words = queryWords(query);
  if (words.length < 2) return [];
  return words.map((_, skipped) => words.filter((__, i) => i !== skipped).join(' '));
}

/**
 * True when `word` matched nothing that looks like it: Pagefind falls back to
 * ever shorter prefixes of an unknown word ("dokcer" finds "do"), so the words
 * it marked in the excerpts must share most of the query word, as stems do
 * ("emails" and "email", "sending" and "send").
 */
export function matchedPoorly(word: string, markedWords: readonly string[]): boolean {
  if (word.length < 4 || !/^\p{L}+$/u.test(word)) return false;
  const needed = Math.max(3, word.length - 3);
  return !markedWords.some((marked) => commonPrefix(word, marked.toLowerCase()) >= needed);
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
