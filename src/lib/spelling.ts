/**
 * "Did you mean": replaces the words of a query that the site never uses with
 * the nearest words it does use (the build's word list, most common first).
 * Pure, so vitest runs it directly and the search page imports it.
 */

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

/** Edits allowed for a word: short words change meaning with one edit, so they get one; longer words two. */
export const allowedEdits = (word: string) => (word.length <= 4 ? 1 : 2);

/** Words too short to correct: "is", "to", "ok" are usually what was meant. */
const MIN_CORRECTABLE = 3;

/**
 * The nearest word of `vocabulary` (most common first) to `word`, or undefined
 * when `word` is in it already or nothing is within the allowed edits. Ties go
 * to the more common word.
 */
export function nearestWord(word: string, vocabulary: readonly string[], known: ReadonlySet<string>): string | undefined {
  const lower = word.toLowerCase();
  if (lower.length < MIN_CORRECTABLE || known.has(lower) || !/^\p{L}+$/u.test(lower)) return undefined;
  let best: string | undefined;
  let bestDistance = allowedEdits(lower) + 1;
  for (const candidate of vocabulary) {
    const distance = editDistance(lower, candidate, bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      if (distance === 1) break; // the most common word one edit away: nothing closer remains but an exact match, ruled out above
    }
  }
  return best;
}

export interface Correction {
  /** The query with every unknown word replaced; equal to the input when nothing changed. */
  query: string;
  changed: boolean;
}

/** Corrects each word of a query separately; spacing and unknown words without a near neighbour stay as typed. */
export function correctQuery(query: string, vocabulary: readonly string[]): Correction {
  const known = new Set(vocabulary);
  let changed = false;
  const corrected = query.replace(/\p{L}+/gu, (word) => {
    const nearest = nearestWord(word, vocabulary, known);
    if (!nearest) return word;
    changed = true;
    return nearest;
  });
  return { query: corrected, changed };
}
