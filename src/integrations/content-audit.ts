/**
 * Content that is broken or unsafe never publishes (README, "How it is built").
 * Before anything is loaded: YAML syntax errors, ids used twice, and unsafe
 * Markdown/MDX (script URLs, <script>/<iframe>/<object>/<embed>, on*= handlers)
 * stop `astro sync`, `astro dev` and `astro build`. After the build: every
 * internal link and #anchor written in content must exist in dist/.
 * Every problem is listed at once, each with its file:line:column and the fix.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDirs } from '../lib/content-dirs';
import { formatProblems, type Problem } from '../lib/integrity';
import { auditPageSources, auditYamlFiles, pageCollections, type PageSource } from '../markdown/content-sources';
import { checkInternalLinks, type BuiltSite, type PageIds } from '../markdown/internal-links';

/** The element ids of an HTML text (quoted or bare attribute values), and those of its headings. */
export function htmlIds(html: string): PageIds {
  const all = new Set<string>();
  const headings: string[] = [];
  for (const match of html.matchAll(/<([a-z][a-z\d-]*)\b[^>]*?\sid=(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi)) {
    const id = (match[2] ?? match[3] ?? match[4] ?? '').replace(/&amp;/g, '&').replace(/&quot;/g, '"');
    all.add(id);
    if (/^h[1-6]$/i.test(match[1]!)) headings.push(id);
  }
  return { all, headings };
}

/** The built site in a folder, with each page's ids read once. */
export function builtSite(outDir: string): BuiltSite {
  const idCache = new Map<string, PageIds>();
  return {
    hasFile: (path) => {
      const file = join(outDir, path);
      return file.startsWith(outDir) && existsSync(file) && statSync(file).isFile();
    },
    idsOf: (path) => {
      let ids = idCache.get(path);
      if (!ids) idCache.set(path, (ids = htmlIds(readFileSync(join(outDir, path), 'utf8'))));
      return ids;
    },
  };
}

export function linkProblems(pages: PageSource[], site: BuiltSite): Problem[] {
  return pages.flatMap((page) =>
    checkInternalLinks(page.links, page.pagePath, site).map((finding) => ({
      file: `${page.file}:${finding.line ?? 1}:${finding.column ?? 1}`,
      field: 'link',
      message: finding.message,
    })),
  );
}

export default function contentAudit(): AstroIntegration {
  let pages: PageSource[] = [];
  return {
    name: 'portal:content-audit',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(config.root);
        const dirs = contentDirs();
        const sources = auditPageSources(pageCollections(dirs), root);
        const problems = [...auditYamlFiles(join(root, dirs.content), root), ...sources.problems];
        if (problems.length) throw new Error(formatProblems(problems));
        pages = sources.pages;
        logger.debug(`checked ${pages.length} pages' sources in ${Math.round(performance.now() - started)} ms`);
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const problems = linkProblems(pages, builtSite(fileURLToPath(dir)));
        if (problems.length) throw new Error(formatProblems(problems));
        const count = pages.reduce((sum, page) => sum + page.links.length, 0);
        logger.info(`${count} links in ${pages.length} content pages resolve (${Math.round(performance.now() - started)} ms)`);
      },
    },
  };
}
