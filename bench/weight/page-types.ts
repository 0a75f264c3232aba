/**
 * The kinds of page the portal has, each recognised by its site path. The
 * benchmark weighs one sample of each (the first in path order); the budget
 * tests check every page of the budgeted kinds. A kind with no page in the
 * build (not built yet) is reported as such. Adding a kind is one line.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface PageType {
  name: string;
  /** Matches the site paths of pages of this kind. */
  pattern: RegExp;
}

export const PAGE_TYPES: readonly PageType[] = [
  { name: 'home', pattern: /^\/$/ },
  { name: 'doc', pattern: /^\/docs\/[^/]+\/$/ },
  { name: 'article', pattern: /^\/kb\/(?!tags\/)[^/]+\/$/ },
  { name: 'package', pattern: /^\/packages\/[^/]+\/$/ },
  { name: 'compare', pattern: /^\/compare\/$/ },
  { name: 'check', pattern: /^\/check\/$/ },
  { name: 'ticket', pattern: /^\/ticket\/$/ },
];

export const pageType = (name: string): PageType => {
  const type = PAGE_TYPES.find((t) => t.name === name);
  if (!type) throw new Error(`no page type "${name}"; known: ${PAGE_TYPES.map((t) => t.name).join(', ')}`);
  return type;
};

/** Site paths of every HTML page in a built site, sorted: "/", "/docs/x/", "/404.html". */
export function sitePaths(dist: string): string[] {
  const paths: string[] = [];
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/');
    paths.push(file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`);
  }
  return paths.sort();
}

/** Site paths of the pages of one kind. */
export const pagesOfType = (paths: readonly string[], type: PageType) => paths.filter((p) => type.pattern.test(p));
