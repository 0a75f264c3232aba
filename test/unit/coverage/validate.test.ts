/** Cross-checks of the coverage data that a per-file schema cannot make. */
import { describe, expect, test } from 'vitest';
import { checkAdviceTerms, inlineCitations, unknownTerms } from '../../../src/coverage/validate';
import { adviceSchema } from '../../../src/coverage/advice';
import { fill } from '../../../src/coverage/fill';
import { FIXTURE_ADVICE } from '../../helpers/coverage-fixture';
import { loadCoverage } from '../../helpers/coverage-data';

describe('a rule text never cites a term itself', () => {
  test('"(T2)" typed in a text is refused, naming the field', () => {
    expect(inlineCitations('No support without a package (T2).', 'content/coverage/rules/none.yaml', 'rules[3].text')).toEqual([
      {
        file: 'content/coverage/rules/none.yaml',
        field: 'rules[3].text',
        message: 'the text cites (T2) itself; leave citations to the "terms" list, which the pages show after the text',
      },
    ]);
  });
  test('a text that only mentions a term by name passes', () => {
    expect(inlineCitations('Pro covers the five services of its terms.', 'f', 'text')).toEqual([]);
  });
});

describe('the one "term does not exist" check', () => {
  test('names each unknown id with its index and an example', () => {
    expect(unknownTerms(['T1', 'T99', 'T2'], new Set(['T1', 'T2']), 'f.yaml', 'x.terms', 'T10')).toEqual([
      { file: 'f.yaml', field: 'x.terms[1]', message: 'term "T99" does not exist; cite an id from content/terms.yaml, e.g. "T10"' },
    ]);
  });
  test('finds every terms list in the advice, by its path', () => {
    const known = new Set(['T1', 'T2', 'T3', 'T5', 'T9', 'T10', 'T13']);
    expect(checkAdviceTerms(FIXTURE_ADVICE, known).map((p) => p.field)).toEqual(['next.ask.enterprise.terms[0]']);
  });
});

describe('content/coverage/advice.yaml schema', () => {
  test('a sentence with a placeholder it may not use is refused, naming the field and the allowed ones', () => {
    const broken = structuredClone(FIXTURE_ADVICE);
    broken.window.inside = 'inside {days}, last day {lastday}';
    const result = adviceSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['window.inside', 'unknown placeholder {lastday}; this sentence may use {days}, {day}, {lastDay}'],
    ]);
  });
  test('the fixture and the real advice pass it', () => {
    expect(adviceSchema.safeParse(FIXTURE_ADVICE).success).toBe(true);
    expect(loadCoverage().advice.next.community.text.length).toBeGreaterThan(0);
  });
  test('fill() puts values in their places', () => {
    expect(fill('{a} then {b}, {a}', { a: 1, b: 'x' })).toBe('1 then x, 1');
  });
});
