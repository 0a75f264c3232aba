/**
 * Builds the Pagefind search index over the finished site, inside `astro build`,
 * so a build never ships without its index and no second command is needed.
 *
 * Only elements marked `data-pagefind-body` (the main content of docs, KB and
 * package pages) are indexed; headers, sidebars and footers are not.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

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
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
