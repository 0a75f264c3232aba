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
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDirs, kbIsExternal as kbOutsideContent } from '../lib/content-dirs';
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

/**
 * Broken links in content, split in two: those that fail the build, and links
 * from docs or package pages into a knowledge base kept outside the content
 * folder (PORTAL_KB_DIR, e.g. the benchmark's generated one), which were
 * written for the real knowledge base and are only reported.
 */
export function linkProblems(pages: PageSource[], site: BuiltSite, kbIsExternal: boolean): { errors: Problem[]; warnings: Problem[] } {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  for (const page of pages) {
    for (const finding of checkInternalLinks(page.links, page.pagePath, site)) {
      const problem = { file: `${page.file}:${finding.line ?? 1}:${finding.column ?? 1}`, field: 'link', message: finding.message };
      const intoExternalKb = kbIsExternal && page.collection !== 'kb' && finding.target.startsWith('/kb/');
      (intoExternalKb ? warnings : errors).push(problem);
    }
  }
  return { errors, warnings };
}

export default function contentAudit(): AstroIntegration {
  let pages: PageSource[] = [];
  let kbIsExternal = false;
  return {
    name: 'portal:content-audit',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(config.root);
        // Relative settings are relative to the project, as for the content collections.
        const { content, kb } = contentDirs();
        const dirs = { content: resolve(root, content), kb: resolve(root, kb) };
        const sources = auditPageSources(pageCollections(dirs), root);
        const problems = [...auditYamlFiles(dirs.content, root), ...sources.problems];
        if (problems.length) throw new Error(formatProblems(problems));
        pages = sources.pages;
        kbIsExternal = kbOutsideContent();
        logger.debug(`checked ${pages.length} pages' sources in ${Math.round(performance.now() - started)} ms`);
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const { errors, warnings } = linkProblems(pages, builtSite(fileURLToPath(dir)), kbIsExternal);
        if (errors.length) throw new Error(formatProblems(errors));
        if (warnings.length) {
          logger.warn(
            `${warnings.length} links from docs or packages lead to articles missing from the knowledge base in PORTAL_KB_DIR (not an error there); the first: ${warnings[0]!.file}: ${warnings[0]!.message}`,
          );
        }
        const count = pages.reduce((sum, page) => sum + page.links.length, 0) - warnings.length;
        logger.info(`${count} links in ${pages.length} content pages resolve (${Math.round(performance.now() - started)} ms)`);
      },
    },
  };
}
