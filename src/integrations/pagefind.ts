/**
 * Builds the Pagefind search index over the finished site, inside `astro build`,
 * so a build never ships without its index and no second command is needed,
 * in one bundle or in parts (src/lib/search-parts.ts); then writes the site's
 * vocabulary for "did you mean" (src/lib/search-words.ts): its topic words and
 * every word of its indexed text.
 *
 * Only elements marked `data-pagefind-body` (the main content of docs, KB and
 * package pages) are indexed; headers, sidebars and footers are not.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { decodeEntities } from '../lib/excerpt';
import { KEYWORDS_META } from '../lib/search-keywords';
import { shortenFragmentNames } from '../lib/search-index-names';
import { formatWordList, MAX_KNOWN_WORDS, MAX_SEARCH_WORDS, SEARCH_WORDS_PATH, WordCounter } from '../lib/search-words';
import { spaceBetweenElements } from '../lib/search-index-html';
import { searchBundlePaths, splitIntoParts } from '../lib/search-parts';

const KEYWORDS_ATTRIBUTE = new RegExp(`data-pagefind-meta="${KEYWORDS_META}:([^"]*)"`, 'g');
const HEADINGS = /<h[1-6]\b[^>]*>([\s\S]*?)<\/h[1-6]>/g;
const LEAD = /<p class="lead">([\s\S]*?)<\/p>/;
const INDEXED_MAIN = /<main\b[^>]*\bdata-pagefind-body\b[^>]*>([\s\S]*)<\/main>/;
const SCRIPTS_AND_STYLES = /<(script|style)\b[\s\S]*?<\/\1>/g;

/**
 * The words of a built page that "did you mean" corrects towards: the
 * headings, the lead paragraph and the keywords of an indexed page; undefined
 * when the page is not indexed. Not the whole text: what a visitor misspells
 * is a topic, and topics are in headings, while a rare body word suggested
 * for a typo is usually a different word.
 */
export function vocabularyText(html: string): string | undefined {
  if (!/<main\b[^>]*\bdata-pagefind-body\b/.test(html)) return undefined;
  const parts = [
    ...[...html.matchAll(HEADINGS)].map((m) => m[1]),
    LEAD.exec(html)?.[1],
    ...[...html.matchAll(KEYWORDS_ATTRIBUTE)].map((m) => m[1]),
  ];
  return decodeEntities(parts.join(' ').replace(/<[^>]+>/g, ' '));
}

/** The text of an indexed page's main content (markup, scripts and styles removed): the words a visitor may search for. */
export function indexedText(html: string): string | undefined {
  const main = INDEXED_MAIN.exec(html)?.[1];
  return main === undefined ? undefined : decodeEntities(main.replace(SCRIPTS_AND_STYLES, ' ').replace(/<[^>]+>/g, ' '));
}

/** The pages search indexes, relative to the site folder in a stable order, and the words counted over them. */
interface IndexedSite {
  files: string[];
  /** Words "did you mean" may suggest (vocabularyText). */
  topics: WordCounter;
  /** Every word of the indexed text (indexedText). */
  text: WordCounter;
}

/** Reads every page of the built site once: which ones search indexes, and their words. */
function readIndexedSite(dir: string): IndexedSite {
  const site: IndexedSite = { files: [], topics: new WordCounter(), text: new WordCounter() };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const path = join(entry.parentPath, entry.name);
    const html = readFileSync(path, 'utf8');
    const topics = vocabularyText(html);
    if (topics === undefined) continue;
    site.files.push(relative(dir, path));
    site.topics.add(topics);
    site.text.add(indexedText(html) ?? '');
  }
  site.files.sort();
  return site;
}

/** Pages sent to an indexer at once: enough to keep it busy, few enough to hold little in memory. */
const PAGES_IN_FLIGHT = 16;

/**
 * One Pagefind bundle at `bundleDir` over `files`, by a fresh indexer that
 * exits afterwards. Each page is handed over with spaces between its
 * elements (src/lib/search-index-html.ts), a few at a time.
 */
async function writeBundle(outDir: string, bundleDir: string, files: readonly string[]): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(errors.join('\n'));
    for (let i = 0; i < files.length; i += PAGES_IN_FLIGHT) {
      const batch = files.slice(i, i + PAGES_IN_FLIGHT);
      const added = await Promise.all(
        batch.map((file) =>
          index.addHTMLFile({ sourcePath: file, content: spaceBetweenElements(readFileSync(join(outDir, file), 'utf8')) }),
        ),
      );
      const failed = added.flatMap((a) => a.errors);
      if (failed.length) throw new Error(failed.join('\n'));
    }
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length) throw new Error(written.errors.join('\n'));
  } finally {
    // Ends the indexer process: the memory of this bundle is given back before the next one starts.
    await pagefind.close();
  }
}

export interface PagefindOptions {
  /** How many indexes the pages are split over (PORTAL_SEARCH_INDEX_PARTS, src/lib/search-parts.ts). Default 1. */
  parts?: number;
}

export default function pagefindIntegration({ parts = 1 }: PagefindOptions = {}): AstroIntegration {
  return {
    name: 'portal:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const site = readIndexedSite(outDir);
        const pages = site.files;
        if (pages.length < parts) {
          throw new Error(
            `PORTAL_SEARCH_INDEX_PARTS=${parts} asks for more search index parts than there are pages to index (${pages.length}); set it lower, or leave it unset for one index.`,
          );
        }
        const fileParts = parts === 1 ? [pages] : splitIntoParts(pages, parts);
        const bundles = searchBundlePaths(parts);
        for (const [i, files] of fileParts.entries()) {
          const bundleDir = join(outDir, bundles[i]!);
          await writeBundle(outDir, bundleDir, files);
          const pageCount = files.length;
          // The metadata every first search loads: short fragment names make it ~40 % smaller (src/lib/search-index-names.ts).
          const names = shortenFragmentNames(bundleDir);
          logger.info(
            `indexed ${pageCount} pages for search in ${bundles[i]} (metadata ${names.bytesBefore} bytes, ${names.bytesAfter} with short fragment names)`,
          );
        }
        logger.info(
          `search index of ${pages.length} pages in ${parts} part(s) written in ${((performance.now() - started) / 1000).toFixed(1)}s`,
        );

        const suggestions = site.topics.mostCommon(MAX_SEARCH_WORDS);
        const known = site.text.mostCommon(MAX_KNOWN_WORDS);
        const file = join(outDir, SEARCH_WORDS_PATH);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, formatWordList(suggestions, known));
        logger.info(`wrote ${suggestions.length} suggestions and ${known.length} known words to ${SEARCH_WORDS_PATH}`);
      },
    },
  };
}
