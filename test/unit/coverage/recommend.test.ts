/** recommend()'s mechanics on the made-up matrix of test/helpers/coverage-fixture.ts. */
import { describe, expect, test } from 'vitest';
import { recommend } from '../../../src/coverage/recommend';
import { FIXTURE } from '../../helpers/coverage-fixture';

describe('recommend', () => {
  test('nothing points to the larger package: the small one, with its reasons from the advice', () => {
    const result = recommend({ agents: 4, bots: 2, missionCritical: false, services: ['onboarding', 'bug-fix'] }, FIXTURE);
    expect(result.package).toBe('pro');
    expect(result.reasons).toEqual([
      { text: 'small fits', terms: ['T9', 'T10'] },
      { text: 'small covers them', terms: ['T11.3', 'T11.4'] },
    ]);
    expect(result.gaps).toEqual([]);
    expect(result.limits.map((l) => l.topic)).toEqual(['onboarding', 'bug-fix']);
  });

  test('no services picked: no "covers them" reason', () => {
    expect(recommend({ services: [] }, FIXTURE).reasons.map((r) => r.text)).toEqual(['small fits']);
  });

  test('a service only the larger package covers: the larger one, naming it and citing both rules', () => {
    const result = recommend({ agents: 2, services: ['health-check'] }, FIXTURE);
    expect(result.package).toBe('enterprise');
    expect(result.reasons).toEqual([{ text: 'only large: health check', terms: ['T6', 'T11'] }]);
  });

  test('every reason is given, in order: critical, size, services', () => {
    const result = recommend({ agents: 40, bots: 9, missionCritical: true, services: ['health-check', 'onboarding'] }, FIXTURE);
    expect(result.package).toBe('enterprise');
    expect(result.reasons.map((r) => r.text)).toEqual(['critical', 'too large', 'only large: health check']);
    expect(result.reasons[0]?.terms).toEqual(['T5', 'T9']);
    expect(result.reasons[1]?.terms).toEqual(['T9']);
  });

  test('what no package covers is reported as a gap, not hidden', () => {
    const result = recommend({ services: ['code-modification', 'logo-removal'] }, FIXTURE);
    expect(result.package).toBe('pro');
    expect(result.gaps.map((g) => [g.topic, g.verdict])).toEqual([
      ['code-modification', 'not-covered'],
      ['logo-removal', 'not-covered'],
    ]);
  });

  test("where the recommended package's terms are silent, a prospect is told to ask sales", () => {
    const result = recommend({ missionCritical: true, services: ['logo-removal'] }, FIXTURE);
    expect(result.package).toBe('enterprise');
    expect(result.gaps).toEqual([{ topic: 'logo-removal', verdict: 'not-stated', reason: { text: 'ask sales first', terms: ['T12.3'] } }]);
  });
});
