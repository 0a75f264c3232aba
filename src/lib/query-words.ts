/**
 * How a visitor's words become Pagefind queries. Pagefind returns only pages
 * holding every word (or a word starting with it), so small words that carry
 * no meaning ("how", "is", "my") would narrow results to pages that happen to
 * use them. Pure, tested directly.
 */

/**
 * Words dropped from a query when other words remain: they appear in nearly
 * every page or match by prefix. Contractions are listed with and without
 * their apostrophe, as visitors type both ("can't", "cant").
 */
const STOP_WORDS = new Set(
  (
    "a an and are as at be but by can cannot can't cant could couldn't couldnt did didn't didnt do does doesn't doesnt " +
    "don't dont for from get got has have how i i'm im i've ive if in is isn't isnt it its it's me my no not of on or " +
    "our should so that the their them then there this to was wasn't wasnt we what what's whats when where which who " +
    "why will with won't wont would you your"
  ).split(' '),
);

/**
 * Words customers add to any problem ("cors error", "login issue"): dropped
 * like stop words, as the page that explains the thing rarely says them.
 */
const PROBLEM_WORDS = new Set(['error', 'errors', 'issue', 'issues', 'problem', 'problems']);
const carriesMeaning = (word: string) => !STOP_WORDS.has(word) && !PROBLEM_WORDS.has(word);

/** The query's words, lower-cased, with quotes and punctuation around them removed. */
export function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'") // typographic apostrophes, as phones type them
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}_@]+|[^\p{L}\p{N}_]+$/gu, ''))
    .filter(Boolean);
}

/**
 * The query Pagefind is given: the visitor's words less the stop words and
 * problem words, unless nothing else is left, or the query is an exact phrase
 * in double quotes.
 */
export function searchableQuery(query: string): string {
  const trimmed = query.trim();
  if (/^".+"$/.test(trimmed)) return trimmed;
  const words = queryWords(trimmed);
  const meaningful = words.filter(carriesMeaning);
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
  if (!isJudged(word)) return false;
  return !markedWords.some((marked) => sharesStem(word, marked.toLowerCase()));
}

/** Words short or made of more than letters (ssl, kb_endpoint, 27017) are taken as typed: too little to judge a typo by. */
export const isJudged = (word: string) => word.length >= 4 && /^\p{L}+$/u.test(word);

/**
 * True when `other` is a form of `word` as far as a typo check can tell: they
 * share all of `word` but its last three letters, and at least four, so
 * "sending" and "send", "configured" and "configuration" do, while
 * "blockchain" and "blocked", "price" and "private" do not.
 */
export function sharesStem(word: string, other: string): boolean {
  return commonPrefix(word, other) >= Math.max(4, word.length - 3);
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
