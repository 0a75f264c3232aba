/**
 * Writes a synthetic knowledge base of `count` articles into a folder, for the
 * build to read through PORTAL_KB_DIR. Categories come from the content's
 * site.yaml and doc links from its docs/, so the generated articles pass the
 * same schema and cross-file checks as real ones.
 *
 *   node bench/kb/generate.ts 1000 /tmp/kb-1000   # then PORTAL_KB_DIR=/tmp/kb-1000 npm run build
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { articleId, articleMarkdown, type ArticleContext } from './article.ts';

interface SiteYaml {
  site: { kb: { categories: { id: string }[] } };
}

/** What the generated articles may refer to in a content folder. */
export function contextFrom(contentDir: string, count: number): ArticleContext {
  const site = yaml.load(readFileSync(join(contentDir, 'site.yaml'), 'utf8')) as SiteYaml;
  const docIds = readdirSync(join(contentDir, 'docs'))
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => file.replace(/\.mdx?$/, ''))
    .sort();
  return { count, categories: site.site.kb.categories.map((c) => c.id), docIds };
}

/** Replaces `dir` with `count` generated articles; returns their ids in order. */
export function generateKb(dir: string, count: number, contentDir: string): string[] {
  const context = contextFrom(contentDir, count);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const ids: string[] = [];
  for (let index = 0; index < count; index++) {
    const id = articleId(index);
    writeFileSync(join(dir, `${id}.md`), articleMarkdown(index, context));
    ids.push(id);
  }
  return ids;
}

if (import.meta.main) {
  const [countArg, dirArg] = process.argv.slice(2);
  const count = Number(countArg);
  if (!Number.isInteger(count) || count < 1 || !dirArg) {
    console.error('usage: node bench/kb/generate.ts <count> <folder>');
    process.exit(2);
  }
  const contentDir = resolve(process.env['PORTAL_CONTENT_DIR'] ?? 'content');
  const started = performance.now();
  generateKb(resolve(dirArg), count, contentDir);
  console.log(`${count} articles in ${dirArg} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
