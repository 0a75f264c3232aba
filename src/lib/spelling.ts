/**
 * "Did you mean": of the words of a query that found nothing or matched
 * poorly, those the site never uses are replaced by the nearest of its topic
 * words (the build's word list, src/lib/search-words.ts), or left out when
 * none is near. Pure, so vitest runs it directly and the search page imports it.
 */
import { isJudged, sharesStem } from './query-words';
import type { SearchVocabulary } from './search-words';

/**
 * Edits between two words (optimal string alignment): one insertion, deletion,
 * substitution or swap of two neighbours each, so "dokcer" is one edit from
 * "docker". Stops counting once the distance exceeds `max` and returns max + 1.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > max) return max + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, max + 1);
}

/**
 * Edits allowed for a word: one up to seven letters, two from eight. A second
 * edit in a short word finds a different word rather than the intended one
 * ("price" is two edits from "write").
 */
export const allowedEdits = (word: string) => (word.length <= 7 ? 1 : 2);

/**
 * Typos keep a word's beginning: a candidate must start with the same letter,
 * or with the first two letters swapped ("dcoker"). Otherwise a word the site
 * lacks is "corrected" to a different one ("uninstall" to "install", "cost"
 * to "host").
 */
const keepsBeginning = (word: string, candidate: string) =>
  word[0] === candidate[0] || (word[0] === candidate[1] && word[1] === candidate[0]);

/**
 * True when the site uses `word` or a form of it (src/lib/query-words.ts
 * sharesStem). `known` is sorted, so the words sharing the longest beginning
 * with `word` sit on either side of where it would be inserted.
 */
export function isKnownWord(word: string, known: readonly string[]): boolean {
  const lower = word.toLowerCase();
  let low = 0;
  let high = known.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (known[middle]! < lower) low = middle + 1;
    else high = middle;
  }
  return [known[low - 1], known[low]].some((neighbour) => neighbour !== undefined && (neighbour === lower || sharesStem(lower, neighbour)));
}

/**
 * The nearest of `suggestions` (most common first) to `word`, or undefined
 * when nothing is within the allowed edits. Ties go to the more common word.
 */
export function nearestWord(word: string, suggestions: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = allowedEdits(lower) + 1;
  for (const candidate of suggestions) {
    if (candidate === lower || !keepsBeginning(lower, candidate)) continue;
    const distance = editDistance(lower, candidate, bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      if (distance === 1) break; // the most common word one edit away: nothing closer remains but the word itself
    }
  }
  return best;
}

export interface Correction {
  /** The query as typed, misspelt words replaced and words the site never uses left out. */
  query: string;
  /** Words that were replaced or left out. */
  changed: boolean;
  /** The words left out, as typed: neither they nor a word near them is on the site. */
  unknown: string[];
}

/**
 * Corrects the `suspects` of a query (words that found nothing or matched
 * poorly), each separately: a word the site uses stays, a misspelt one is
 * replaced by its nearest suggestion, and one with no near suggestion is left
 * out. Other words, and the spacing, stay as typed.
 */
export function correctQuery(query: string, vocabulary: SearchVocabulary, suspects: ReadonlySet<string>): Correction {
  const unknown: string[] = [];
  let changed = false;
  const corrected = query.replace(/\p{L}+/gu, (word) => {
    const lower = word.toLowerCase();
    if (!suspects.has(lower) || !isJudged(lower) || isKnownWord(lower, vocabulary.known)) return word;
    changed = true;
    const nearest = nearestWord(lower, vocabulary.suggestions);
    if (nearest) return nearest;
    unknown.push(word);
    return '';
  });
  // Spacing is kept as typed unless a word was left out.
  return { query: unknown.length ? corrected.replace(/\s{2,}/g, ' ').trim() : corrected, changed, unknown };
}
