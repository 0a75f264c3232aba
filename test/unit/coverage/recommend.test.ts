import { describe, expect, test } from 'vitest';
import { recommend } from '../../../src/coverage/recommend';
import { loadCoverage } from '../../helpers/coverage-data';

const data = loadCoverage();

describe('recommend', () => {
  test('a small, non-critical deployment wanting Pro services gets Pro, with their conditions as limits', () => {
    const result = recommend({ agents: 4, bots: 2, missionCritical: false, services: ['install-help', 'bug-fix'] }, data);
    expect(result.package).toBe('pro');
    expect(result.gaps).toEqual([]);
    expect(result.limits.map((l) => l.topic)).toEqual(['install-help', 'bug-fix']);
  });

  test('wanting an Enterprise-only service gets Enterprise, naming it and citing both sides', () => {
    const result = recommend({ agents: 2, services: ['health-check'] }, data);
    expect(result.package).toBe('enterprise');
    expect(result.reasons).toEqual([{ text: 'Only Enterprise covers an annual health check.', terms: ['T6', 'T11'] }]);
  });

  test('every reason is given when several apply', () => {
    const result = recommend({ agents: 40, bots: 9, missionCritical: true, services: ['account-manager'] }, data);
    expect(result.package).toBe('enterprise');
    expect(result.reasons).toHaveLength(3);
  });

  test('what no package covers is reported as a gap, not hidden', () => {
    const result = recommend({ services: ['code-modification', 'logo-removal'] }, data);
    expect(result.package).toBe('pro');
    expect(result.gaps.map((g) => [g.topic, g.verdict])).toEqual([
      ['code-modification', 'not-covered'],
      ['logo-removal', 'not-covered'],
    ]);
  });

  test('gaps under Enterprise include what its terms do not state', () => {
    const result = recommend({ missionCritical: true, services: ['platform-upgrade'] }, data);
    expect(result.package).toBe('enterprise');
    expect(result.gaps).toEqual([expect.objectContaining({ topic: 'platform-upgrade', verdict: 'not-stated' })]);
  });
});
