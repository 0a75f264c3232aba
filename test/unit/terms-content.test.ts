/**
 * The terms file must hold exactly the numbered facts of support-terms.md
 * (T1–T16, with the items of T11 and T12), and the coverage data and the
 * package pages must cite every one of them somewhere.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseTermList, parseTermsEdition } from '../../src/lib/terms-file';
import { termSchema, termsEditionSchema } from '../../src/schemas/terms';

const terms = termSchema.array().parse(parseTermList(readFileSync('content/terms.yaml', 'utf8')));
const expected = [
  ...Array.from({ length: 16 }, (_, i) => `T${i + 1}`),
  ...[1, 2, 3, 4, 5].map((n) => `T11.${n}`),
  ...[1, 2, 3, 4, 5, 6].map((n) => `T12.${n}`),
];

describe('content/terms.yaml', () => {
  test('holds every term and item, once', () => {
    const ids = terms.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...expected].sort());
  });

  test('keeps the numbers that matter exactly', () => {
    const statement = (id: string) => terms.find((t) => t.id === id)!.statement;
    expect(statement('T9')).toMatch(/fewer than 10 agents and fewer than 5 bots/);
    expect(statement('T9')).toMatch(/recommendation, not a condition/);
    expect(statement('T11.4')).toMatch(/30 days/);
    expect(statement('T11.5')).toMatch(/email is the only support channel/i);
    expect(statement('T2')).toMatch(/bought separately/);
    expect(statement('T10')).toMatch(/no SLA/);
  });

  test('every term is cited by the coverage rules or a package page', () => {
    const files = [
      ...readdirSync('content/packages').map((f) => `content/packages/${f}`),
      ...readdirSync('content/coverage/rules').map((f) => `content/coverage/rules/${f}`),
      'content/coverage/policies.yaml',
    ];
    const cited = new Set(files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bT\d{1,2}(?:\.\d)?\b/g)].map((m) => m[0])));
    expect(expected.filter((id) => !cited.has(id))).toEqual([]);
  });
});

describe('the edition of the terms (content/terms.yaml, edition)', () => {
  test('has a version and a real effective date', () => {
    const { edition } = parseTermsEdition(readFileSync('content/terms.yaml', 'utf8'));
    expect(termsEditionSchema.parse(edition)).toEqual({ version: '1', effective: '2021-04-06' });
  });
  test('an unquoted or impossible date is refused', () => {
    expect(termsEditionSchema.safeParse({ version: '1', effective: '2021-02-30' }).success).toBe(false);
  });
  test('a file without the parts reads as empty, for the schema and content.ts to report', () => {
    expect(parseTermList('edition: {}')).toEqual([]);
    expect(parseTermsEdition('terms: []')).toEqual({ edition: {} });
  });
});
