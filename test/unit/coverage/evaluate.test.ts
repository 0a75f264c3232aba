/**
 * The engine's mechanics on a small made-up matrix (test/helpers/coverage-fixture.ts):
 * the window at its edges, missing answers, the modified policy, size fit, next
 * steps and where their words come from. The real terms are tested in terms.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { evaluate, windowStatus } from '../../../src/coverage/evaluate';
import { FIXTURE, FIXTURE_ADVICE, withRule } from '../../helpers/coverage-fixture';

const TODAY = '2026-11-26';
const bugFix = (start: string | undefined, today: string) =>
  evaluate({ package: 'pro', topic: 'bug-fix', modified: false, start }, FIXTURE, today);
const reasonTexts = (answer: ReturnType<typeof evaluate>) => answer.reasons.map((r) => r.text);

describe('a time window (30 calendar days from the start date, inclusive, in the fixture)', () => {
  test('day 0, the start date itself, is covered', () => {
    expect(bugFix('2026-03-01', '2026-03-01').verdict).toBe('covered');
  });
  test('day 30 is covered, and the condition is filled in from the advice', () => {
    const answer = bugFix('2026-03-01', '2026-03-31');
    expect(answer.verdict).toBe('covered');
    expect(answer.conditions).toEqual(['inside 30 day=30 last=31 March 2026']);
  });
  test('day 31 is not covered, and the reason says when the window ended', () => {
    const answer = bugFix('2026-03-01', '2026-04-01');
    expect(answer.verdict).toBe('not-covered');
    expect(answer.terms).toEqual(['T11.4']);
    expect(reasonTexts(answer)).toEqual(['pro says covered to bug-fix', 'expired 30 start=1 March 2026 last=31 March 2026 day=31']);
  });
  test('the window crosses month and leap-year ends by calendar days', () => {
    expect(bugFix('2028-02-01', '2028-03-02').verdict).toBe('covered'); // 30 days, through 29 February
    expect(bugFix('2028-02-01', '2028-03-03').verdict).toBe('not-covered');
    expect(bugFix('2026-12-15', '2027-01-14').verdict).toBe('covered');
  });
  test('a start date after today: not covered yet, with its own message and a step to check the date', () => {
    const answer = bugFix('2026-12-01', TODAY);
    expect(answer.verdict).toBe('not-covered');
    expect(answer.missing).toEqual([]);
    expect(reasonTexts(answer)).toEqual([
      'not-started start=1 December 2026 today=26 November 2026 last=31 December 2026',
      'pro says covered to bug-fix',
    ]);
    expect(answer.next[0]).toEqual({ kind: 'check-date', text: 'check 1 December 2026', terms: [] });
    // Not "another package covers it": the customer's own package covers it once it starts.
    expect(answer.next.map((s) => s.kind)).not.toContain('covered-by');
  });
  test('no start date: needs-info, naming the start date', () => {
    const answer = bugFix(undefined, TODAY);
    expect(answer.verdict).toBe('needs-info');
    expect(answer.missing).toEqual(['start']);
    expect(answer.next).toEqual([{ kind: 'answer', missing: ['start'], text: 'Tell: Q-start.', terms: [] }]);
    expect(answer.channel).toBe('none');
  });
  test('length and inclusiveness come from the rule', () => {
    const shorter = withRule('pro', 'bug-fix', { conditions: [{ kind: 'window', days: 10, from: 'support-start', inclusive: false }] });
    const ask = (today: string) => evaluate({ package: 'pro', topic: 'bug-fix', modified: false, start: '2026-03-01' }, shorter, today);
    expect(ask('2026-03-10').verdict).toBe('covered'); // day 9
    expect(ask('2026-03-11').verdict).toBe('not-covered'); // day 10, excluded
  });
  test('windowStatus reports the last day', () => {
    const window = { kind: 'window', days: 30, from: 'support-start', inclusive: true } as const;
    expect(windowStatus(window, '2026-01-31', '2026-02-01', FIXTURE_ADVICE)).toEqual({
      state: 'inside',
      text: 'inside 30 day=1 last=2 March 2026',
    });
  });
});

describe('missing answers', () => {
  test('no package and no topic: needs-info naming both, joined as the advice says', () => {
    const answer = evaluate({}, FIXTURE, TODAY);
    expect(answer).toEqual(expect.objectContaining({ verdict: 'needs-info', missing: ['package', 'topic'], terms: [] }));
    expect(answer.next[0]?.text).toBe('Tell: Q-package + Q-topic.');
  });
  test('the modified question is asked when its answer would change the verdict', () => {
    const answer = evaluate({ package: 'pro', topic: 'onboarding' }, FIXTURE, TODAY);
    expect(answer.verdict).toBe('needs-info');
    expect(answer.missing).toEqual(['modified']);
  });
  test('…and not when the request is refused either way', () => {
    expect(evaluate({ package: 'pro', topic: 'logo-removal' }, FIXTURE, TODAY).verdict).toBe('not-covered');
  });
  test('a windowed rule with nothing answered asks for both the modified question and the start date', () => {
    expect(evaluate({ package: 'pro', topic: 'bug-fix' }, FIXTURE, TODAY).missing).toEqual(['modified', 'start']);
  });
  test('a modified component needs no start date: it is refused anyway', () => {
    const answer = evaluate({ package: 'pro', topic: 'bug-fix', modified: true }, FIXTURE, TODAY);
    expect(answer.verdict).toBe('not-covered');
    expect(answer.missing).toEqual([]);
  });
});

describe('the modified policy', () => {
  test('overrides a covered rule, citing the policy terms in order', () => {
    const answer = evaluate({ package: 'enterprise', topic: 'onboarding', modified: true }, FIXTURE, TODAY);
    expect(answer).toEqual(expect.objectContaining({ verdict: 'not-covered', channel: 'none', priority: 'none', terms: ['T14', 'T16'] }));
    expect(reasonTexts(answer)).toEqual(['modified: never']);
  });
  test("keeps the package's own refusal as a second reason", () => {
    const answer = evaluate({ package: 'none', topic: 'onboarding', modified: true }, FIXTURE, TODAY);
    expect(reasonTexts(answer)).toEqual(['modified: never', 'none says not-covered to onboarding']);
    expect(answer.terms).toEqual(['T2', 'T14', 'T16']);
  });
});

describe('what an answer carries', () => {
  test('covered: the package channel and priority, conditions, and the send step for that channel', () => {
    const answer = evaluate({ package: 'pro', topic: 'onboarding', modified: false }, FIXTURE, TODAY);
    expect(answer).toEqual(
      expect.objectContaining({
        verdict: 'covered',
        channel: 'email',
        priority: 'best-effort',
        terms: ['T11.3'],
        conditions: ['a note'],
        fit: 'ok',
      }),
    );
    expect(answer.next).toEqual([{ kind: 'send', channel: 'email', text: 'send by email', terms: ['T5'] }]);
  });
  test('not covered: no channel, no priority, no conditions', () => {
    const answer = evaluate({ package: 'pro', topic: 'logo-removal', modified: false }, FIXTURE, TODAY);
    expect(answer).toEqual(expect.objectContaining({ verdict: 'not-covered', channel: 'none', priority: 'none', conditions: [] }));
  });
  test('not stated: the channel to ask through, and whom to ask from the advice of that package', () => {
    const answer = evaluate({ package: 'enterprise', topic: 'logo-removal', modified: false }, FIXTURE, TODAY);
    expect(answer).toEqual(expect.objectContaining({ verdict: 'not-stated', channel: 'ticket', terms: ['T12.3'] }));
    expect(answer.next).toEqual([{ kind: 'ask', whom: 'account-manager', text: 'ask the TAM', terms: ['T8'] }]);
  });
  test('terms are unique and in natural order', () => {
    const data = withRule('pro', 'logo-removal', { terms: ['T12.3', 'T9', 'T10', 'T2', 'T9'] });
    expect(evaluate({ package: 'pro', topic: 'logo-removal' }, data, TODAY).terms).toEqual(['T2', 'T9', 'T10', 'T12.3']);
  });
});

describe('next steps when not covered', () => {
  const kinds = (answer: ReturnType<typeof evaluate>) => answer.next.map((s) => s.kind);
  test("another package that covers the topic is named, with its rule's terms; the community comes last", () => {
    const answer = evaluate({ package: 'pro', topic: 'health-check', modified: false }, FIXTURE, TODAY);
    expect(answer.next).toEqual([
      { kind: 'covered-by', package: 'enterprise', text: 'Large covers it', terms: ['T6'] },
      { kind: 'community', text: 'community', terms: [] },
    ]);
  });
  test('every package that covers it is named, in package order; the compare step goes to the packages the advice lists', () => {
    const answer = evaluate({ package: 'none', topic: 'onboarding', modified: false }, FIXTURE, TODAY);
    expect(answer.next.filter((s) => s.kind === 'covered-by').map((s) => s.text)).toEqual(['Small covers it', 'Large covers it']);
    expect(kinds(answer)).toEqual(['covered-by', 'covered-by', 'compare', 'community']);
  });
  test('a modified component gets the extension points and no other package', () => {
    expect(kinds(evaluate({ package: 'pro', topic: 'health-check', modified: true }, FIXTURE, TODAY))).toEqual(['extend', 'community']);
  });
  test('a topic the advice lists for the extension points gets them too', () => {
    expect(kinds(evaluate({ package: 'pro', topic: 'code-modification', modified: false }, FIXTURE, TODAY))).toEqual([
      'extend',
      'community',
    ]);
  });
});

describe('size fit (a recommendation: never changes the verdict)', () => {
  test.each([
    [9, 4, 'ok', undefined],
    [10, undefined, 'exceeds', 'Small under 10/5, you have 10 agents; try Large'],
    [1, 5, 'exceeds', 'Small under 10/5, you have one agent & 5 bots; try Large'],
    [undefined, 1, 'ok', undefined],
  ] as const)('%s agents, %s bots → %s', (agents, bots, fit, text) => {
    const answer = evaluate({ package: 'pro', topic: 'onboarding', modified: false, agents, bots }, FIXTURE, TODAY);
    expect(answer.verdict).toBe('covered');
    expect(answer.fit).toBe(fit);
    expect(answer.fitNote).toEqual(text === undefined ? undefined : { text, terms: ['T9'] });
  });
  test('a package without size guidance always fits', () => {
    expect(evaluate({ package: 'enterprise', topic: 'onboarding', modified: false, agents: 500 }, FIXTURE, TODAY).fit).toBe('ok');
  });
});
