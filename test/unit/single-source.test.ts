/**
 * The coverage rules and the advice around them are the only place their
 * words are typed: no topic label, rule text or advice sentence may be
 * written again in other content or in code (the engine included).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { TOPIC_IDS } from '../../src/coverage/ids';
import { loadCoverage } from '../helpers/coverage-data';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );

/** Every sentence in the advice, cut at its {placeholders}; short fragments ("1 bot", ", and ") are left out. */
const sentences = (value: unknown): string[] => {
  if (typeof value === 'string')
    return value
      .split(/\{\w+\}/)
      .map((part) => part.trim())
      .filter((part) => part.length >= 40);
  if (Array.isArray(value)) return value.flatMap(sentences);
  if (value && typeof value === 'object') return Object.values(value).flatMap(sentences);
  return [];
};

const { topics, rules, advice } = loadCoverage();
const elsewhere = [...files('content'), ...files('src')].filter((f) => !f.startsWith(join('content', 'coverage')));
const repeatsOf = (phrases: string[]) =>
  elsewhere.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return phrases.filter((phrase) => text.includes(phrase)).map((phrase) => `${file}: "${phrase}"`);
  });

test('topic labels and rule texts appear only in content/coverage/', () => {
  const phrases = [...topics.map((t) => t.label), ...rules.map((r) => r.text)];
  expect(repeatsOf(phrases)).toEqual([]);
  expect(phrases.length).toBeGreaterThan(45);
});

test('the advice (next steps, questions, window, size note, finder) appears only in content/coverage/', () => {
  const phrases = sentences(advice);
  expect(repeatsOf(phrases)).toEqual([]);
  expect(phrases.length).toBeGreaterThan(15);
});

test('the engine names no package, topic or term: those choices are content', () => {
  // Every id a rule could depend on, quoted as code would quote it.
  const ids = ['pro', 'enterprise', ...TOPIC_IDS, ...loadCoverage().rules.flatMap((r) => r.terms)];
  const engine = ['evaluate.ts', 'recommend.ts', 'model.ts', 'conditions.ts', 'size.ts', 'fill.ts'].map((f) => join('src', 'coverage', f));
  const named = engine.flatMap((file) => {
    const code = readFileSync(file, 'utf8');
    return [...new Set(ids)].filter((id) => code.includes(`'${id}'`)).map((id) => `${file}: '${id}'`);
  });
  expect(named).toEqual([]);
});
