/** The engine's mechanics: the bug-fix window at its edges, missing answers, size fit. */
import { describe, expect, test } from 'vitest';
import { evaluate, windowStatus } from '../../../src/coverage/evaluate';
import type { CoverageData } from '../../../src/coverage/model';
import { loadCoverage } from '../../helpers/coverage-data';

const data = loadCoverage();
const bugFix = (start: string | undefined, today: string) =>
  evaluate({ package: 'pro', topic: 'bug-fix', modified: false, start }, data, today);

describe('the Pro bug-fix window (T11.4): 30 calendar days from the start date, inclusive', () => {
  test('day 0, the start date itself, is covered', () => {
    expect(bugFix('2026-03-01', '2026-03-01').verdict).toBe('covered');
  });
  test('day 30 is covered, and the answer says which day it is', () => {
    const answer = bugFix('2026-03-01', '2026-03-31');
    expect(answer.verdict).toBe('covered');
    expect(answer.conditions.join(' ')).toContain('today is day 30, and the last day is 2026-03-31');
  });
  test('day 31 is not covered, and the answer says when the window ended', () => {
    const answer = bugFix('2026-03-01', '2026-04-01');
    expect(answer.verdict).toBe('not-covered');
    expect(answer.terms).toEqual(['T11.4']);
    expect(answer.reasons.map((r) => r.text).join(' ')).toContain('ended on 2026-03-31; today is day 31');
  });
  test('the window crosses month and leap-year ends by calendar days', () => {
    expect(bugFix('2028-02-01', '2028-03-02').verdict).toBe('covered'); // 30 days, through 29 February
    expect(bugFix('2028-02-01', '2028-03-03').verdict).toBe('not-covered');
    expect(bugFix('2026-12-15', '2027-01-14').verdict).toBe('covered');
  });
  test('a start date in the future asks for the date again', () => {
    const answer = bugFix('2026-12-01', '2026-11-26');
    expect(answer.verdict).toBe('needs-info');
    expect(answer.missing).toEqual(['start']);
    expect(answer.reasons.map((r) => r.text).join(' ')).toContain('is after today');
  });
  test('no start date: needs-info, naming the start date', () => {
    const answer = bugFix(undefined, '2026-11-26');
    expect(answer.verdict).toBe('needs-info');
    expect(answer.missing).toEqual(['start']);
    expect(answer.next[0]).toEqual(expect.objectContaining({ kind: 'answer', missing: ['start'] }));
    expect(answer.channel).toBe('none');
  });
  test('the window is data: its length and inclusiveness come from the rule', () => {
    const shorter: CoverageData = {
      ...data,
      rules: data.rules.map((r) =>
        r.package === 'pro' && r.topic === 'bug-fix'
          ? { ...r, conditions: [{ kind: 'window', days: 10, from: 'support-start', inclusive: false }] }
          : r,
      ),
    };
    const ask = (today: string) => evaluate({ package: 'pro', topic: 'bug-fix', modified: false, start: '2026-03-01' }, shorter, today);
    expect(ask('2026-03-10').verdict).toBe('covered'); // day 9
    expect(ask('2026-03-11').verdict).toBe('not-covered'); // day 10, excluded
  });
  test('windowStatus reports the last day', () => {
    const window = { kind: 'window', days: 30, from: 'support-start', inclusive: true } as const;
    expect(windowStatus(window, '2026-01-31', '2026-02-01')).toEqual({
      state: 'inside',
      text: 'Within 30 calendar days of the support start date: today is day 1, and the last day is 2026-03-02.',
    });
  });
});

describe('missing answers', () => {
  test('no package and no topic: needs-info naming both', () => {
    const answer = evaluate({}, data, '2026-11-26');
    expect(answer).toEqual(expect.objectContaining({ verdict: 'needs-info', missing: ['package', 'topic'], terms: [] }));
    expect(answer.next[0]?.text).toBe('Tell us which support package you have, and what the request is about.');
  });
  test('the modified question is asked when its answer would change the verdict', () => {
    const answer = evaluate({ package: 'pro', topic: 'onboarding' }, data, '2026-11-26');
    expect(answer.verdict).toBe('needs-info');
    expect(answer.missing).toEqual(['modified']);
  });
  test('…and not when the request is refused either way', () => {
    expect(evaluate({ package: 'pro', topic: 'logo-removal' }, data, '2026-11-26').verdict).toBe('not-covered');
  });
  test('a bug fix with nothing answered asks for both the modified question and the start date', () => {
    expect(evaluate({ package: 'pro', topic: 'bug-fix' }, data, '2026-11-26').missing).toEqual(['modified', 'start']);
  });
  test('a modified component needs no start date: it is refused anyway', () => {
    const answer = evaluate({ package: 'pro', topic: 'bug-fix', modified: true }, data, '2026-11-26');
    expect(answer.verdict).toBe('not-covered');
    expect(answer.missing).toEqual([]);
  });
});

describe('answers carry what the page needs', () => {
  test('a covered Pro answer: channel, priority, terms, next step', () => {
    const answer = evaluate({ package: 'pro', topic: 'install-help', modified: false }, data, '2026-11-26');
    expect(answer).toEqual(
      expect.objectContaining({ verdict: 'covered', channel: 'email', priority: 'best-effort', terms: ['T11.2'], fit: 'ok' }),
    );
  });
  test('a not-stated answer keeps the package channel to ask through', () => {
    const answer = evaluate({ package: 'enterprise', topic: 'platform-upgrade', modified: false }, data, '2026-11-26');
    expect(answer).toEqual(expect.objectContaining({ verdict: 'not-stated', channel: 'ticket', terms: ['T7', 'T12.4'] }));
  });
  test('terms are unique and in document order', () => {
    const answer = evaluate({ package: 'pro', topic: 'code-modification', modified: true }, data, '2026-11-26');
    expect(answer.terms).toEqual(['T12.1', 'T13', 'T14', 'T15', 'T16']);
  });
});
