/**
 * A small seeded random source, so the generated knowledge base is the same
 * on every run and every machine (mulberry32: fast, good enough for text).
 */
export class Random {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.#state = (this.#state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /**
   * Picks with a Zipf-like bias towards the start of the list, as word and tag
   * frequencies are in real text: a few very common, a long rare tail.
   */
  zipf<T>(items: readonly T[]): T {
    const index = Math.floor(items.length * this.next() ** 2.2);
    return items[Math.min(index, items.length - 1)]!;
  }

  /** `count` distinct items, in the order drawn. */
  distinct<T>(items: readonly T[], count: number, draw: (items: readonly T[]) => T = (i) => this.pick(i)): T[] {
    const chosen = new Set<T>();
    for (let tries = 0; chosen.size < Math.min(count, items.length) && tries < count * 20; tries++) {
      chosen.add(draw(items));
    }
    return [...chosen];
  }
}

/** A well-mixed 32-bit seed for article `index` (neighbouring indexes give unrelated streams). */
export function seedFor(index: number): number {
  let h = Math.imul(index ^ 0x9e3779b9, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
