/**
 * The content files, read from disk as they are written, for the checks a
 * schema cannot make: YAML that does not parse (with its line and column), two
 * entries with the same id, unsafe Markdown or MDX, and (once the site is
 * built) internal links. Astro's loaders drop or only warn about the first
 * two; the last two need the source positions the rendered HTML has lost.
 */
import { slug as githubSlug } from 'github-slugger';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Problem } from '../lib/integrity';
import { parseYaml, YAML_FIX } from '../lib/yaml-syntax';
import { collectLinks, type ContentLink } from './internal-links';
import { contentNodes, type MdNode } from './tree';
import { findUnsafeContent } from './unsafe-content';

/** The collections whose entries become pages: their folder, files and page address. */
export interface PageCollection {
  name: 'docs' | 'kb' | 'packages';
  dir: string;
  extensions: readonly ('.md' | '.mdx')[];
  recursive: boolean;
  pagePath: (id: string) => string;
}

export function pageCollections(dirs: { content: string; kb: string }): PageCollection[] {
  return [
    { name: 'docs', dir: join(dirs.content, 'docs'), extensions: ['.md', '.mdx'], recursive: true, pagePath: (id) => `/docs/${id}/` },
    { name: 'kb', dir: dirs.kb, extensions: ['.md', '.mdx'], recursive: true, pagePath: (id) => `/kb/${id}/` },
    { name: 'packages', dir: join(dirs.content, 'packages'), extensions: ['.mdx'], recursive: false, pagePath: (id) => `/packages/${id}/` },
  ];
}

/** One page's source, after the per-file checks: what the link check needs later. */
export interface PageSource {
  collection: PageCollection['name'];
  /** The file, relative to the project root, as messages name it. */
  file: string;
  id: string;
  pagePath: string;
  links: ContentLink[];
}

export interface SourceAudit {
  problems: Problem[];
  pages: PageSource[];
}

/** An entry's id as Astro's glob() loader makes it: the `slug` field, else the path slugged segment by segment. */
export function entryId(relativePath: string, slug: unknown): string {
  if (slug) return String(slug);
  return relativePath
    .replace(/\.[^./]+$/, '')
    .split(/[\\/]/)
    .map((segment) => githubSlug(segment))
    .join('/')
    .replace(/\/index$/, '');
}

const at = (file: string, line?: number, column?: number) =>
  line === undefined ? file : `${file}:${line}${column === undefined ? '' : `:${column}`}`;

function listFiles(dir: string, recursive: boolean, extensions: readonly string[]): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive }) as string[];
  } catch {
    return []; // a missing folder is reported by the collections themselves
  }
  return names.filter((name) => extensions.some((ext) => name.endsWith(ext))).sort();
}

/** The frontmatter of a parsed file (its first `yaml` node), or a YAML syntax problem at the file's line. */
function frontmatterOf(nodes: MdNode[], file: string): { data: Record<string, unknown> } | { problem: Problem } {
  const node = nodes.find((child) => child.type === 'yaml');
  if (!node) return { data: {} };
  const parsed = parseYaml(node.value ?? '');
  if ('error' in parsed) {
    // The frontmatter starts on the line after the opening ---.
    const line = (node.position?.start.line ?? 1) + parsed.error.line;
    return {
      problem: {
        file: at(file, line, parsed.error.column),
        field: 'frontmatter',
        message: `YAML syntax error: ${parsed.error.reason}; ${YAML_FIX}`,
      },
    };
  }
  const data = parsed.value;
  return { data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {} };
}

/** The line of the n-th (0-based) `id: <value>` in a YAML text, if it is written that way. */
function lineOfId(text: string, id: string, occurrence: number): number | undefined {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^\\s*(?:-\\s+)?id:\\s*["']?${escaped}["']?\\s*(?:#.*)?$`);
  const lines = text.split('\n');
  let seen = -1;
  for (let i = 0; i < lines.length; i++) {
    if (pattern.test(lines[i]!) && ++seen === occurrence) return i + 1;
  }
  return undefined;
}

/** Syntax errors in every YAML file under the content folder, and ids listed twice in list files (terms, topics). */
export function auditYamlFiles(contentDir: string, root: string): Problem[] {
  const problems: Problem[] = [];
  for (const name of listFiles(contentDir, true, ['.yaml', '.yml'])) {
    const path = join(contentDir, name);
    const file = relative(root, path);
    const text = readFileSync(path, 'utf8');
    const parsed = parseYaml(text);
    if ('error' in parsed) {
      problems.push({
        file: at(file, parsed.error.line, parsed.error.column),
        field: '(syntax)',
        message: `YAML syntax error: ${parsed.error.reason}; ${YAML_FIX}`,
      });
      continue;
    }
    // A list file is a list at the top (topics.yaml) or lists under top-level keys (terms.yaml's `terms`).
    const value = parsed.value;
    const lists: [string, unknown[]][] = Array.isArray(value)
      ? [['', value]]
      : value && typeof value === 'object'
        ? Object.entries(value).filter((entry): entry is [string, unknown[]] => Array.isArray(entry[1]))
        : [];
    const counts = new Map<string, number>();
    for (const [key, items] of lists) {
      items.forEach((item, index) => {
        const id = item && typeof item === 'object' && 'id' in item ? String(item.id) : undefined;
        if (id === undefined) return;
        const seen = counts.get(id) ?? 0;
        counts.set(id, seen + 1);
        if (seen > 0) {
          problems.push({
            file: at(file, lineOfId(text, id, seen)),
            field: `${key}[${index}].id`,
            message: `the id "${id}" is listed ${seen === 1 ? 'a second time' : 'again'}; ids must be unique: remove the repeated item or give it its own id`,
          });
        }
      });
    }
  }
  return problems;
}

/** Per-file checks of every page source (frontmatter syntax, unsafe content, duplicate ids) and their links. */
export function auditPageSources(collections: PageCollection[], root: string): SourceAudit {
  const problems: Problem[] = [];
  const pages: PageSource[] = [];
  for (const collection of collections) {
    const byId = new Map<string, string>();
    for (const name of listFiles(collection.dir, collection.recursive, collection.extensions)) {
      const path = resolve(collection.dir, name);
      const file = relative(root, path);
      const nodes = contentNodes(readFileSync(path, 'utf8'), name.endsWith('.mdx') ? 'mdx' : 'md');
      const frontmatter = frontmatterOf(nodes, file);
      if ('problem' in frontmatter) {
        problems.push(frontmatter.problem);
        continue;
      }
      for (const finding of findUnsafeContent(nodes)) {
        problems.push({ file: at(file, finding.line, finding.column), field: 'body', message: finding.message });
      }
      const id = entryId(name, frontmatter.data['slug']);
      const other = byId.get(id);
      if (other) {
        problems.push({
          file,
          field: frontmatter.data['slug'] ? 'slug' : '(file name)',
          message: `has the same id "${id}" as ${other}, so both would be ${collection.pagePath(id)}; rename one file or give it a different \`slug\``,
        });
        continue;
      }
      byId.set(id, file);
      pages.push({ collection: collection.name, file, id, pagePath: collection.pagePath(id), links: collectLinks(nodes) });
    }
  }
  return { problems, pages };
}
