/**
 * Makes the static build read Astro's content store from disk instead of
 * compiling it into the server bundle.
 *
 * Astro writes every collection entry (with each article's rendered HTML) to
 * a data-store.json in its cache folder, then bundles it as one JavaScript
 * module: `export default JSON.parse("…the whole file as a string literal…")`.
 * At 10,000 articles that literal is ~130 MB, full of escapes; the bundler
 * copies it and V8 then spends 9–19 s compiling it before the first page
 * renders (profile in BENCHMARKS.md). Reading and parsing the same file at
 * run time takes 1–3 s. A static build renders its pages on the
 * machine that built them, so the file is there.
 *
 * Only `astro build` is changed, and only when the module has the exact shape
 * above; anything else (another Astro version, chunked storage) is left as
 * Astro made it, and the benchmark would show the cost come back.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

const STORE_MODULE_ID = '\0astro:data-layer-content';
const INLINED_STORE = /^export default JSON\.parse\(/;

/** Printed when the swap happens; a build test looks for it, so an Astro upgrade that changes the module shows. */
export const APPLIED_MESSAGE = 'content store read from disk, not bundled';

/** The Vite plugin: swaps the inlined store module for one that reads `storeFile`. */
export function storeFromDiskPlugin(storeFile: string, onApplied: () => void = () => {}) {
  return {
    name: 'portal:content-store-from-disk',
    transform(code: string, id: string) {
      if (id !== STORE_MODULE_ID || !INLINED_STORE.test(code)) return undefined;
      onApplied();
      return {
        code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));\n`,
        map: { mappings: '' },
      };
    },
  };
}

export default function contentStoreFromDisk(): AstroIntegration {
  return {
    name: 'portal:content-store-from-disk',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        // Dev keeps Astro's own module, which it reloads when content changes.
        if (command !== 'build') return;
        const storeFile = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({ vite: { plugins: [storeFromDiskPlugin(storeFile, () => logger.info(APPLIED_MESSAGE))] } });
      },
    },
  };
}
