/**
 * The coverage rules are the only place a package's coverage is typed: no
 * topic label or rule text may be written again in other content or code.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadCoverage } from '../helpers/coverage-data';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );

test('topic labels and rule texts appear only in content/coverage/', () => {
  const { topics, rules } = loadCoverage();
  const phrases = [...topics.map((t) => t.label), ...rules.map((r) => r.text)];
  const elsewhere = [...files('content'), ...files('src')].filter((f) => !f.startsWith(join('content', 'coverage')));
  const repeats = elsewhere.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return phrases.filter((phrase) => text.includes(phrase)).map((phrase) => `${file}: "${phrase}"`);
  });
  expect(repeats).toEqual([]);
  expect(phrases.length).toBeGreaterThan(45);
});
