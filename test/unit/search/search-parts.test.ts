import { describe, expect, it } from 'vitest';
import { MAX_SEARCH_INDEX_PARTS, parseSearchIndexParts, searchBundlePaths, splitIntoParts } from '../../../src/lib/search-parts';

describe('PORTAL_SEARCH_INDEX_PARTS', () => {
  it('is one index when unset or empty', () => {
    expect(parseSearchIndexParts(undefined)).toBe(1);
    expect(parseSearchIndexParts('  ')).toBe(1);
  });

  it('accepts a whole number up to the maximum', () => {
    expect(parseSearchIndexParts('8')).toBe(8);
    expect(parseSearchIndexParts(String(MAX_SEARCH_INDEX_PARTS))).toBe(MAX_SEARCH_INDEX_PARTS);
  });

  it.each(['0', '-2', '1.5', 'eight', '8 parts', String(MAX_SEARCH_INDEX_PARTS + 1)])(
    'refuses %j, naming the setting and the fix',
    (value) => {
      expect(() => parseSearchIndexParts(value)).toThrow(
        new RegExp(
          `^PORTAL_SEARCH_INDEX_PARTS=${JSON.stringify(value).replace(/[.+]/g, '\\$&')} .*whole number from 1 to ${MAX_SEARCH_INDEX_PARTS}`,
        ),
      );
    },
  );
});

describe('searchBundlePaths', () => {
  it('puts part 1 where Pagefind always writes it and the others beneath it', () => {
    expect(searchBundlePaths(1)).toEqual(['/pagefind/']);
    expect(searchBundlePaths(3)).toEqual(['/pagefind/', '/pagefind/part-2/', '/pagefind/part-3/']);
  });
});

describe('splitIntoParts', () => {
  const pages = ['docs/a', 'docs/b', 'docs/c', 'kb/a', 'kb/b', 'kb/c', 'kb/d'];

  it('deals the items out so that every part samples every section', () => {
    expect(splitIntoParts(pages, 3)).toEqual([
      ['docs/a', 'kb/a', 'kb/d'],
      ['docs/b', 'kb/b'],
      ['docs/c', 'kb/c'],
    ]);
  });

  it('loses and repeats nothing, and part sizes differ by at most one', () => {
    for (const parts of [1, 2, 4, 7]) {
      const split = splitIntoParts(pages, parts);
      expect(split).toHaveLength(parts);
      expect(split.flat().sort()).toEqual([...pages].sort());
      const sizes = split.map((part) => part.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });
});
