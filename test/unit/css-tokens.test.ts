/**
 * The stylesheets' custom properties: every one is namespaced (--portal-…),
 * and every one a stylesheet reads is declared in global.css, so a renamed or
 * mistyped token fails here instead of silently falling back to nothing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const STYLES = 'src/styles';
const sheets = readdirSync(STYLES).filter((f) => f.endsWith('.css'));
const read = (file: string) => readFileSync(join(STYLES, file), 'utf8');
const declared = new Set([...read('global.css').matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]!));

describe.each(sheets)('src/styles/%s', (file) => {
  const css = read(file);

  test('reads only tokens declared in global.css', () => {
    const used = [...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]!);
    expect(used.filter((name) => !declared.has(name))).toEqual([]);
  });

  test('names its custom properties --portal-…', () => {
    const names = [...css.matchAll(/(--[\w-]+)\s*:/g), ...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]!);
    expect(names.filter((name) => !name.startsWith('--portal-'))).toEqual([]);
  });
});

test('global.css declares the tokens (so the checks above are not run against nothing)', () => {
  expect(declared.size).toBeGreaterThan(15);
});
