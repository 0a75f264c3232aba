import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { decodeCbor, encodeCbor, type CborValue } from '../../../src/lib/search-index-cbor';
import { fragmentName, shortenFragmentNames } from '../../../src/lib/search-index-names';

const SIGNATURE = Buffer.from('pagefind_dcd');
const pack = (value: CborValue) => gzipSync(Buffer.concat([SIGNATURE, encodeCbor(value)]));
const unpack = (file: string) => decodeCbor(gunzipSync(readFileSync(file)).subarray(SIGNATURE.length));

/** A Pagefind 1.x bundle with three pages, two of them identical (one shared fragment). */
function bundle(pages: CborValue[]) {
  const dir = mkdtempSync(join(tmpdir(), 'pagefind-names-'));
  mkdirSync(join(dir, 'fragment'));
  for (const [hash] of pages as [string][]) writeFileSync(join(dir, 'fragment', `${hash}.pf_fragment`), `fragment of ${hash}`);
  const meta = ['1.6.0', pages, [['a', 'z', 'en_1234567']], [], [], ['title']];
  writeFileSync(join(dir, 'pagefind.en_abcdef1234.pf_meta'), pack(meta));
  const entry = { version: '1.6.0', languages: { en: { hash: 'en_abcdef1234', wasm: 'en', page_count: 3 } } };
  writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify(entry));
  return dir;
}

test('CBOR values survive a round trip, byte for byte', () => {
  const value: CborValue = [
    '1.6.0',
    [
      ['en_c6df47b', 1167, ''],
      [3, [-25, 581, 70000], []],
    ],
    Uint8Array.of(1, 2),
    2 ** 32 - 1,
  ];
  const bytes = encodeCbor(value);
  expect(decodeCbor(bytes)).toEqual(value);
  expect(encodeCbor(decodeCbor(bytes))).toEqual(bytes);
});

test('CBOR outside the subset Pagefind uses is refused', () => {
  expect(() => decodeCbor(Uint8Array.of(0xa1, 0x01, 0x02))).toThrow(/unsupported major type 5/); // a map
  expect(() => decodeCbor(Uint8Array.of(0x82, 0x01))).toThrow(/ends in the middle/);
});

test('names are the build tag and a fixed-width base-36 counter', () => {
  expect(fragmentName('e31f2b', 0, 3)).toBe('e31f2b_000');
  expect(fragmentName('e31f2b', 10010, 3)).toBe('e31f2b_7q2');
});

test('fragments are renamed in page order, identical pages keep sharing one, and the metadata follows', () => {
  const dir = bundle([
    ['en_1111111', 600, ''],
    ['en_2222222', 900, ''],
    ['en_1111111', 600, ''],
  ]);
  const result = shortenFragmentNames(dir);
  expect(result.pages).toBe(3);

  expect(readdirSync(join(dir, 'fragment')).sort()).toEqual(['abcdef_0.pf_fragment', 'abcdef_1.pf_fragment']);
  expect(readFileSync(join(dir, 'fragment', 'abcdef_1.pf_fragment'), 'utf8')).toBe('fragment of en_2222222');

  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
  expect(entry.languages.en.hash).toMatch(/^en_[0-9a-f]{10}$/);
  expect(entry.languages.en.hash).not.toBe('en_abcdef1234');
  const metaFiles = readdirSync(dir).filter((f) => f.endsWith('.pf_meta'));
  expect(metaFiles).toEqual([`pagefind.${entry.languages.en.hash}.pf_meta`]); // the old one is gone
  const meta = unpack(join(dir, metaFiles[0]!)) as CborValue[];
  expect(meta[1]).toEqual([
    ['abcdef_0', 600, ''],
    ['abcdef_1', 900, ''],
    ['abcdef_0', 600, ''],
  ]);
  expect(meta[2]).toEqual([['a', 'z', 'en_1234567']]); // the rest is untouched
});

test('a layout it does not know (fragment groups) stops with an error naming the file and the way out', () => {
  const dir = bundle([['en_1111111', 600, 'en_group01']]);
  expect(() => shortenFragmentNames(dir)).toThrow(
    /pagefind\.en_abcdef1234\.pf_meta: a page entry .*fragment groups .* src\/integrations\/pagefind\.ts/,
  );
});
