/**
 * Throw-away project roots for benchmark builds, in the manner of
 * test/helpers/fixture-site.ts: each has its own .astro/ and dist/, so a
 * benchmark never touches the project's build.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PROJECT = resolve(import.meta.dirname, '../..');

/**
 * Gives `root` a node_modules folder of its own whose entries link to the
 * project's packages. Not one symlink to the whole folder: Astro keeps its
 * content cache (node_modules/.astro/data-store.json) and Vite its dependency
 * cache (node_modules/.vite) in there, and a shared cache would make a
 * benchmark build warm, and write into the project's own node_modules.
 */
export function linkNodeModules(root: string): void {
  const target = join(root, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(join(PROJECT, 'node_modules'))) {
    if (name === '.astro' || name === '.vite') continue;
    symlinkSync(join(PROJECT, 'node_modules', name), join(target, name));
  }
}

/**
 * A copy of the portal itself: same source, config, public files and content,
 * less the knowledge base, which the build reads from PORTAL_KB_DIR. (The
 * content must sit inside the root: Astro resolves MDX entries from it.)
 */
export function makePortalRoot(root: string): string {
  mkdirSync(root, { recursive: true });
  for (const item of ['src', 'public', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(PROJECT, item), join(root, item), { recursive: true });
  }
  rmSync(join(root, 'content/kb'), { recursive: true });
  linkNodeModules(root);
  return root;
}

/**
 * The floor: the least Astro can do with the same articles. One content
 * collection without a schema, one page per article with no layout, no
 * styles, no listings, no sitemap, no search; Astro's default Markdown
 * pipeline except the syntax highlighter, which is the portal's (Prism), so
 * that the ratio measures what the portal adds rather than a highlighter.
 */
export function makeFloorRoot(root: string): string {
  mkdirSync(join(root, 'src/pages/kb'), { recursive: true });
  linkNodeModules(root);
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'bench-floor', private: true, type: 'module' }));
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
export default defineConfig({ markdown: { syntaxHighlight: 'prism' } });
`,
  );
  writeFileSync(
    join(root, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
  kb: defineCollection({ loader: glob({ pattern: '**/*.md', base: process.env.PORTAL_KB_DIR }) }),
};
`,
  );
  writeFileSync(
    join(root, 'src/pages/kb/[id].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('kb')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { Content } = await render(Astro.props.entry);
---
<html lang="en"><head><meta charset="utf-8" /><title>{Astro.props.entry.data.title}</title></head>
<body><h1>{Astro.props.entry.data.title}</h1><Content /></body></html>
`,
  );
  return root;
}
