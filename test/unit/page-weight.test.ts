/**
 * The page-weight reader behind the budget tests and the benchmark: it must
 * find every kind of JavaScript and CSS a page loads, or a budget could pass
 * on a page that ships a script.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { gzipSize, pageWeight, staticImports } from '../../bench/weight/page-weight';
import { PAGE_TYPES, pagesOfType, sitePaths } from '../../bench/weight/page-types';

let dist: string;
afterEach(() => rmSync(dist, { recursive: true, force: true }));

function site(files: Record<string, string>) {
  dist = mkdtempSync(join(tmpdir(), 'page-weight-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}

const page = (head: string, body = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('pageWeight', () => {
  test('a page with inline CSS only ships no JS and no CSS files', () => {
    const html = page('<style>body{color:red}</style>', '<main><h1>Hi</h1></main>');
    const weight = pageWeight(site({ 'a/index.html': html }), '/a/');
    expect(weight).toMatchObject({ html: gzipSize(html), css: 0, js: 0, inlineJs: 0, cssFiles: [], jsFiles: [] });
  });

  test('counts inline scripts, but not JSON data blocks', () => {
    const weight = pageWeight(
      site({ 'index.html': page('<script type="application/ld+json">{"a":1}</script><script>alert(1)</script>') }),
      '/',
    );
    expect(weight.inlineJs).toBe('alert(1)'.length);
    expect(weight.js).toBeGreaterThan(0);
  });

  test('follows external scripts, their static imports and modulepreload links, not dynamic imports', () => {
    const weight = pageWeight(
      site({
        'p/index.html': page('<script type="module" src="/_astro/entry.js"></script><link rel="modulepreload" href="/_astro/pre.js">'),
        '_astro/entry.js': 'import{a as b}from"./shared.js";import"./side.js";const lazy=()=>import("./lazy.js");',
        '_astro/shared.js': 'export const a=1;',
        '_astro/side.js': 'console.log(1)',
        '_astro/lazy.js': 'export default 1',
        '_astro/pre.js': 'export const p=1',
      }),
      '/p/',
    );
    expect(weight.jsFiles.sort()).toEqual(['/_astro/entry.js', '/_astro/pre.js', '/_astro/shared.js', '/_astro/side.js']);
  });

  test('counts the component and renderer of an Astro island', () => {
    const weight = pageWeight(
      site({
        'check/index.html': page('', '<astro-island component-url="/_astro/Checker.js" renderer-url="/_astro/client.js"></astro-island>'),
        '_astro/Checker.js': 'import{j}from"./jsx.js";export default j',
        '_astro/jsx.js': 'export const j=1',
        '_astro/client.js': 'export default 1',
      }),
      '/check/',
    );
    expect(weight.jsFiles.sort()).toEqual(['/_astro/Checker.js', '/_astro/client.js', '/_astro/jsx.js']);
  });

  test('counts linked stylesheets and their @imports, once each', () => {
    const weight = pageWeight(
      site({
        'index.html': page('<link rel="stylesheet" href="/a.css"><link rel=stylesheet href=/a.css>'),
        'a.css': '@import "./b.css"; body{margin:0}',
        'b.css': 'p{color:red}',
      }),
      '/',
    );
    expect(weight.cssFiles).toEqual(['/a.css', '/b.css']);
    expect(weight.css).toBe(gzipSize('@import "./b.css"; body{margin:0}') + gzipSize('p{color:red}'));
  });

  test('ignores other origins', () => {
    const weight = pageWeight(site({ 'index.html': page('<script src="https://cdn.example/x.js"></script>') }), '/');
    expect(weight.jsFiles).toEqual([]);
  });
});

test('staticImports reads minified and spaced import and export forms', () => {
  expect(staticImports('import a from "./a.js";import{b}from\'./b.js\';export*from"./c.js";import "./d.js"')).toEqual([
    './a.js',
    './b.js',
    './c.js',
    './d.js',
  ]);
  expect(staticImports('const x = import("./lazy.js"); export default "text"')).toEqual([]);
});

test('page types recognise their pages, and listing pages are not articles', () => {
  const paths = sitePaths(
    site({
      'index.html': '',
      'kb/index.html': '',
      'kb/emails/index.html': '',
      'kb/tags/index.html': '',
      'kb/category/setup/index.html': '',
      'docs/setup/index.html': '',
      '404.html': '',
    }),
  );
  expect(paths).toEqual(['/', '/404.html', '/docs/setup/', '/kb/', '/kb/category/setup/', '/kb/emails/', '/kb/tags/']);
  const of = (name: string) =>
    pagesOfType(
      paths,
      PAGE_TYPES.find((t) => t.name === name)!,
    );
  expect(of('article')).toEqual(['/kb/emails/']);
  expect(of('doc')).toEqual(['/docs/setup/']);
  expect(of('home')).toEqual(['/']);
  expect(of('ticket')).toEqual([]);
});
