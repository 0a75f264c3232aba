/**
 * Shorter page names in Pagefind's metadata, the file every first search loads.
 *
 * Pagefind names each page's fragment file after a hash of its content
 * (`en_` and 7 hex digits) and lists those names, one per page, in its
 * metadata file (`pagefind.<hash>.pf_meta`). Random hex does not compress: at
 * 10,000 pages the names are ~55 KB of the 78 KB the metadata weighs gzipped.
 * Renaming the fragments `<build>_<n>` (n counting up in base 36) takes the
 * metadata from 78 to 49 KB there (BENCHMARKS.md, "What the first search costs").
 * `<build>` comes from the metadata's own content hash, so a changed site gets
 * new fragment names and a browser never mixes a cached fragment of an older
 * build with the new metadata.
 *
 * This reads Pagefind 1.x's file layout (not a public API): anything unexpected
 * stops the build with an error saying what was found, rather than ship an index
 * that cannot search. Build-time only (Node).
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeCbor, encodeCbor, type CborValue } from './search-index-cbor';

/** Pagefind prefixes the content of its compressed files with this signature. */
const SIGNATURE = new TextEncoder().encode('pagefind_dcd');
/** Characters of the build tag: enough that two builds of a site do not collide. */
const BUILD_TAG_LENGTH = 6;

interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string; page_count: number }>;
}

function unexpected(file: string, what: string): Error {
  return new Error(
    `${file}: ${what}. src/lib/search-index-names.ts reads Pagefind 1.x's metadata (page list of [hash, word count, group]); ` +
      'if Pagefind was upgraded, update that file to its new layout, or remove the call to shortenFragmentNames() in src/integrations/pagefind.ts.',
  );
}

function readPacked(file: string): CborValue {
  const data = gunzipSync(readFileSync(file));
  if (!SIGNATURE.every((byte, i) => data[i] === byte)) throw unexpected(file, 'no pagefind_dcd signature after decompressing');
  return decodeCbor(data.subarray(SIGNATURE.length));
}

function pack(value: CborValue): Buffer {
  const body = encodeCbor(value);
  const data = new Uint8Array(SIGNATURE.length + body.length);
  data.set(SIGNATURE);
  data.set(body, SIGNATURE.length);
  return gzipSync(data, { level: 9 });
}

/** The name of the n-th page: fixed width, lower case only (safe on case-insensitive file systems). */
export function fragmentName(build: string, n: number, width: number): string {
  return `${build}_${n.toString(36).padStart(width, '0')}`;
}

export interface ShortenedNames {
  pages: number;
  /** Metadata file size (gzipped), before and after. */
  bytesBefore: number;
  bytesAfter: number;
}

/** Renames the page fragments of the Pagefind bundle in `bundleDir` and rewrites its metadata and entry file to match. */
export function shortenFragmentNames(bundleDir: string): ShortenedNames {
  const entryFile = join(bundleDir, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as PagefindEntry;
  if (!entry.version?.startsWith('1.')) throw unexpected(entryFile, `version ${entry.version}, expected 1.x`);
  const result: ShortenedNames = { pages: 0, bytesBefore: 0, bytesAfter: 0 };

  for (const [language, index] of Object.entries(entry.languages)) {
    const metaFile = join(bundleDir, `pagefind.${index.hash}.pf_meta`);
    result.bytesBefore += readFileSync(metaFile).length;
    const meta = readPacked(metaFile);
    const pages = Array.isArray(meta) ? meta[1] : undefined;
    if (!Array.isArray(pages)) throw unexpected(metaFile, 'no page list as its second field');

    const build = index.hash.replace(/^.*_/, '').slice(0, BUILD_TAG_LENGTH);
    const width = Math.max(1, (pages.length - 1).toString(36).length);
    const renamed = new Map<string, string>(); // identical pages share one fragment, and keep sharing it
    for (const page of pages) {
      if (!Array.isArray(page) || typeof page[0] !== 'string' || typeof page[1] !== 'number' || page[2] !== '')
        throw unexpected(
          metaFile,
          `a page entry ${JSON.stringify(page)} is not [hash, word count, ""] (fragment groups are not supported)`,
        );
      let name = renamed.get(page[0]);
      if (!name) {
        name = fragmentName(build, renamed.size, width);
        renamed.set(page[0], name);
        renameSync(join(bundleDir, 'fragment', `${page[0]}.pf_fragment`), join(bundleDir, 'fragment', `${name}.pf_fragment`));
      }
      page[0] = name;
    }

    const packed = pack(meta);
    const hash = `${language}_${createHash('sha256').update(packed).digest('hex').slice(0, 10)}`;
    writeFileSync(join(bundleDir, `pagefind.${hash}.pf_meta`), packed);
    result.bytesAfter += packed.length;
    if (hash !== index.hash) rmSync(metaFile);
    index.hash = hash;
    result.pages += pages.length;
  }
  writeFileSync(entryFile, JSON.stringify(entry));
  return result;
}
