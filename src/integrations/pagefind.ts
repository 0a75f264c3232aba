/**
 * Builds the Pagefind search index over the finished site, inside `astro build`,
 * so a build never ships without its index and no second command is needed;
 * then writes the site's vocabulary for "did you mean" (src/lib/search-words.ts).
 *
 * Only elements marked `data-pagefind-body` (the main content of docs, KB and
 * package pages) are indexed; headers, sidebars and footers are not.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { decodeEntities } from '../lib/excerpt';
import { KEYWORDS_META } from '../lib/search-keywords';
import { shortenFragmentNames } from '../lib/search-index-names';
import { SEARCH_WORDS_PATH, vocabularyOf } from '../lib/search-words';

const KEYWORDS_ATTRIBUTE = new RegExp(`data-pagefind-meta="${KEYWORDS_META}:([^"]*)"`, 'g');
const HEADINGS = /<h[1-6]\b[^>]*>([\s\S]*?)<\/h[1-6]>/g;
const LEAD = /<p class="lead">([\s\S]*?)<\/p>/;

/**
 * The words of a built page that "did you mean" corrects towards: the
 * headings, the lead paragraph and the keywords of an indexed page; undefined
 * when the page is not indexed. Not the whole text: what a visitor misspells
 * is a topic, and topics are in headings; scanning every word of 10,000
 * articles would cost the build seconds for words nobody types.
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

function* indexedPages(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const text = vocabularyText(readFileSync(join(entry.parentPath, entry.name), 'utf8'));
    if (text) yield text;
  }
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'portal:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(errors.join('\n'));
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) throw new Error(added.errors.join('\n'));
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length) throw new Error(written.errors.join('\n'));
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(`indexed ${added.page_count} pages for search in ${seconds}s`);
          // The metadata every first search loads: short fragment names make it ~40 % smaller (src/lib/search-index-names.ts).
          const names = shortenFragmentNames(`${outDir}/pagefind`);
          logger.info(`search metadata of ${names.pages} pages: ${names.bytesBefore} bytes, ${names.bytesAfter} with short fragment names`);
        } finally {
          await pagefind.close();
        }

        const listed = performance.now();
        const words = vocabularyOf(indexedPages(outDir));
        const file = join(outDir, SEARCH_WORDS_PATH);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, `${words.join('\n')}\n`);
        logger.info(`wrote ${words.length} words to ${SEARCH_WORDS_PATH} in ${((performance.now() - listed) / 1000).toFixed(1)}s`);
      },
    },
  };
}
