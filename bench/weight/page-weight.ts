/**
 * What a built page makes the browser download when it loads, read from the
 * files in dist/ (no browser needed, so budget tests can run on any build):
 *
 * - html: the document itself (inline <style> and inline <script> included);
 * - css:  stylesheets it links, and what they @import;
 * - js:   scripts it loads on page load: inline and external <script>,
 *         modulepreload links, Astro island component/renderer URLs, and every
 *         module those import statically. Dynamic import() is not followed:
 *         it runs later, on use (e.g. the search index when a visitor searches).
 *
 * Sizes are gzip (level 6, the usual server default), each file on its own,
 * as a server compresses each response separately.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  /** Site path of the page, e.g. "/kb/emails-not-sent/". */
  path: string;
  html: number;
  css: number;
  js: number;
  /** Bytes of inline <script> text inside the HTML (already counted in `html`). */
  inlineJs: number;
  /** Site paths of the external stylesheets and scripts counted. */
  cssFiles: string[];
  jsFiles: string[];
}

export const gzipSize = (data: string | Buffer) => gzipSync(data, { level: 6 }).length;

/** The file in `dist` that serves `path` (directory format: /a/b/ → a/b/index.html). */
export function pageFile(dist: string, path: string): string {
  return path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
}

const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(2)
    .find((v) => v !== undefined);

const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** Static imports of an ES module: `import x from "./a.js"`, `import "./a.js"`, `export * from "./a.js"`. */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  const pattern = /(?:\bimport|\bexport)\s*(?:[\w*$\s{},]*?\s*from\s*)?["']([^"']+)["']/g;
  for (const match of code.matchAll(pattern)) {
    // `import(` is a dynamic import and never matches: the pattern needs a quote or `from` next.
    found.add(match[1]!);
  }
  return [...found];
}

/** Stylesheets a CSS file pulls in with @import. */
const cssImports = (css: string) => [...css.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)["']?\)?/g)].map((m) => m[1]!);

interface Collector {
  dist: string;
  seen: Set<string>;
  files: string[];
  bytes: number;
}

/** Adds a site-local file and, through `follow`, what it loads; remote and missing files are skipped. */
function collect(collector: Collector, url: string, from: string, follow: (text: string) => string[]) {
  if (/^[a-z]+:|^\/\//i.test(url)) return; // another origin or a data: URL: not part of our output
  const path = posix.resolve(posix.dirname(from), url.split(/[?#]/)[0]!);
  if (collector.seen.has(path)) return;
  collector.seen.add(path);
  const file = join(collector.dist, path);
  if (!existsSync(file)) return;
  const text = readFileSync(file);
  collector.files.push(path);
  collector.bytes += gzipSize(text);
  for (const next of follow(text.toString('utf8'))) collect(collector, next, path, follow);
}

/** Weight of the page at site `path` in the built site `dist`. */
export function pageWeight(dist: string, path: string): PageWeight {
  const html = readFileSync(pageFile(dist, path), 'utf8');
  const js: Collector = { dist, seen: new Set(), files: [], bytes: 0 };
  const css: Collector = { dist, seen: new Set(), files: [], bytes: 0 };
  const inline: string[] = [];

  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = `<script${match[1]}>`;
    if (!JS_TYPES.has((attribute(tag, 'type') ?? '').toLowerCase())) continue; // JSON-LD and other data
    const src = attribute(tag, 'src');
    if (src) collect(js, src, path, staticImports);
    else {
      inline.push(match[2]!);
      for (const url of staticImports(match[2]!)) collect(js, url, path, staticImports);
    }
  }
  for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(match[0], 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attribute(match[0], 'href');
    if (!href) continue;
    if (rel.includes('modulepreload')) collect(js, href, path, staticImports);
    if (rel.includes('stylesheet')) collect(css, href, path, cssImports);
  }
  for (const match of html.matchAll(/<astro-island\b[^>]*>/gi)) {
    for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const url = attribute(match[0], name);
      if (url) collect(js, url, path, staticImports);
    }
  }
  return {
    path,
    html: gzipSize(html),
    css: css.bytes,
    // Inline scripts travel inside the HTML and are counted there too; they are
    // added here as well so that "no JavaScript" means none, inline or not.
    js: js.bytes + (inline.length > 0 ? gzipSize(inline.join('\n')) : 0),
    inlineJs: inline.reduce((sum, text) => sum + Buffer.byteLength(text), 0),
    cssFiles: css.files,
    jsFiles: js.files,
  };
}
