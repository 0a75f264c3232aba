/**
 * The benchmark's generated knowledge base: the same on every run, shaped
 * like real articles, and valid for the portal (schema and cross-file checks),
 * so a benchmark build measures the portal and never stops on its own input.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { articleId, articleMarkdown } from '../../bench/kb/article';
import { contextFrom, generateKb } from '../../bench/kb/generate';
import { checkKb } from '../../src/lib/integrity';
import { kbSchema } from '../../src/schemas/kb';
import { siteSchema } from '../../src/schemas/site';

const contentDir = resolve(import.meta.dirname, '../../content');
const context = contextFrom(contentDir, 300);
const site = siteSchema.parse((yaml.load(readFileSync(join(contentDir, 'site.yaml'), 'utf8')) as { site: unknown }).site);

/** Frontmatter object and Markdown body of a generated file. */
function split(file: string) {
  const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(file)!;
  return { data: yaml.load(frontmatter!) as Record<string, unknown>, body: body! };
}

/** Words a reader reads: the body without code blocks and Markdown punctuation. */
const proseWords = (body: string) =>
  body
    .replace(/```[\s\S]*?```/g, '')
    .split(/\s+/)
    .filter((w) => /[a-z]/i.test(w)).length;

describe('generated knowledge base', () => {
  const articles = Array.from({ length: context.count }, (_, i) => ({
    id: articleId(i),
    ...split(articleMarkdown(i, context)),
  }));

  test('is deterministic: the same index always gives the same article', () => {
    expect(articleMarkdown(7, context)).toBe(articleMarkdown(7, context));
    expect(articleMarkdown(7, context)).not.toBe(articleMarkdown(8, context));
  });

  test('ids are unique slugs', () => {
    const ids = articles.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test('every article passes the schema and the cross-file checks', () => {
    const entries = articles.map((a) => ({ id: a.id, data: kbSchema.parse(a.data) }));
    expect(checkKb(entries, site)).toEqual([]);
  });

  test('articles have 600 to 1,200 words of prose, with headings, lists, code, a table and links', () => {
    for (const { body } of articles) {
      expect(proseWords(body)).toBeGreaterThanOrEqual(600);
      expect(proseWords(body)).toBeLessThanOrEqual(1300); // the last paragraph may run past the target
      expect(body).toMatch(/^## /m);
      expect(body).toMatch(/^### /m);
      expect(body).toMatch(/^- /m);
      expect(body).toMatch(/^1\. /m);
      expect(body).toMatch(/^```\w+\n/m);
      expect(body).toMatch(/^\|---\|/m);
      expect(body).toMatch(/\]\(\/kb\/[a-z0-9-]+\/\)/);
      expect(body).toMatch(/\]\(\/docs\/[a-z0-9-]+\/\)/);
    }
  });

  test('links point only to articles of the set and to real docs', () => {
    const ids = new Set(articles.map((a) => a.id));
    for (const { body } of articles) {
      for (const [, id] of body.matchAll(/\(\/kb\/([a-z0-9-]+)\/\)/g)) expect(ids).toContain(id);
      for (const [, id] of body.matchAll(/\(\/docs\/([a-z0-9-]+)\/\)/g)) expect(context.docIds).toContain(id);
    }
  });

  test('spreads over every category and many tags', () => {
    expect(new Set(articles.map((a) => a.data['category']))).toEqual(new Set(site.kb.categories.map((c) => c.id)));
    expect(new Set(articles.flatMap((a) => a.data['tags'] as string[])).size).toBeGreaterThan(60);
  });

  const dir = mkdtempSync(join(tmpdir(), 'bench-kb-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('generateKb writes one Markdown file per article', () => {
    const ids = generateKb(dir, 25, contentDir);
    expect(readdirSync(dir).sort()).toEqual(ids.map((id) => `${id}.md`).sort());
  });
});
