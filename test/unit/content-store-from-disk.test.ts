/** The build reads Astro's content store from disk, and touches nothing but that one module shape. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';
import { storeFromDiskPlugin } from '../../src/integrations/content-store-from-disk';

const STORE_ID = '\0astro:data-layer-content';

test('the inlined store module becomes one that parses the file on disk, with the same data', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'store-'));
  try {
    const store = { kb: [['a', { id: 'a', rendered: { html: '<p>"quoted" \\ text</p>' } }]] };
    const storeFile = join(dir, 'data-store.json');
    writeFileSync(storeFile, JSON.stringify(store));
    const inlined = `export default JSON.parse(${JSON.stringify(JSON.stringify(store))})`;

    const result = storeFromDiskPlugin(storeFile).transform(inlined, STORE_ID);
    expect(result?.code).not.toContain('quoted');
    writeFileSync(join(dir, 'module.mjs'), result!.code);
    const loaded = (await import(pathToFileURL(join(dir, 'module.mjs')).href)) as { default: unknown };
    expect(loaded.default).toEqual(store);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('other modules, and the store in any other shape, are left as they are', () => {
  const plugin = storeFromDiskPlugin('/nowhere/data-store.json');
  expect(plugin.transform('export default JSON.parse("{}")', '/src/pages/index.astro')).toBeUndefined();
  expect(plugin.transform('export default{"kb":[]}', STORE_ID)).toBeUndefined();
  expect(plugin.transform('export default new Map()', STORE_ID)).toBeUndefined();
});
