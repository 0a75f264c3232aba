/**
 * A small, made-up coverage matrix for testing the engine's mechanics: three
 * packages, five topics, and advice whose sentences show their placeholders
 * plainly. Editing the real content/ cannot break the tests that use it;
 * the facts of the real terms are tested against content/ (terms.test.ts).
 */
import type { Advice } from '../../src/coverage/advice';
import type { TopicId } from '../../src/coverage/ids';
import type { CoverageData, PackageRule } from '../../src/coverage/model';

type RuleSpec = Pick<PackageRule, 'verdict' | 'terms'> & Partial<PackageRule>;

const rules = (
  pkg: PackageRule['package'],
  channel: PackageRule['channel'],
  priority: PackageRule['priority'],
  specs: Partial<Record<TopicId, RuleSpec>>,
) =>
  Object.entries(specs).map(([topic, spec]) => ({
    package: pkg,
    topic: topic as TopicId,
    text: `${pkg} says ${spec.verdict} to ${topic}`,
    conditions: [],
    channel: spec.verdict === 'not-covered' ? 'none' : channel,
    priority: spec.verdict === 'not-covered' ? 'none' : priority,
    ...spec,
  })) as PackageRule[];

export const FIXTURE_ADVICE: Advice = {
  questions: { package: 'Q-package', topic: 'Q-topic', modified: 'Q-modified', start: 'Q-start' },
  answer: { text: 'Tell: {questions}.', join: ' + ' },
  window: {
    inside: 'inside {days} day={day} last={lastDay}',
    expired: 'expired {days} start={start} last={lastDay} day={day}',
    notStarted: 'not-started start={start} today={today} last={lastDay}',
    checkDate: 'check {start}',
    describe: { text: 'within {days} ({last})', lastIncluded: '{days} in', lastExcluded: '{days} out' },
  },
  size: {
    note: '{package} under {agentsBelow}/{botsBelow}, you have {size}; try {larger}',
    larger: 'enterprise',
    agents: { one: 'one agent', other: '{n} agents' },
    bots: { one: 'one bot', other: '{n} bots' },
    join: ' & ',
  },
  next: {
    send: { email: { text: 'send by email', terms: ['T5'] }, ticket: { text: 'send by ticket', terms: ['T3'] } },
    ask: {
      pro: { whom: 'sales', text: 'ask sales', terms: [] },
      enterprise: { whom: 'account-manager', text: 'ask the TAM', terms: ['T8'] },
      none: { whom: 'sales', text: 'ask sales', terms: [] },
    },
    coveredBy: '{package} covers it',
    extend: { text: 'extend instead', terms: ['T13'], topics: ['code-modification'] },
    compare: { text: 'compare', terms: ['T1', 'T2'], packages: ['none'] },
    community: { text: 'community', terms: [] },
  },
  recommend: {
    small: 'pro',
    larger: 'enterprise',
    fits: { text: 'small fits', terms: ['T10', 'T9'] },
    fitsServices: 'small covers them',
    missionCritical: { text: 'critical', terms: ['T9', 'T5'] },
    tooLarge: 'too large',
    onlyLarger: 'only large: {services}',
    join: '; ',
    notStated: 'ask sales first',
  },
};

export const FIXTURE: CoverageData = {
  topics: [
    { id: 'onboarding', label: 'Onboarding', explanation: 'o' },
    { id: 'bug-fix', label: 'Bug fix', explanation: 'b' },
    { id: 'health-check', label: 'Health check', explanation: 'h' },
    { id: 'logo-removal', label: 'Logo', explanation: 'l' },
    { id: 'code-modification', label: 'Code', explanation: 'c' },
  ],
  packages: [
    { id: 'pro', name: 'Small', channel: 'email', priority: 'best-effort', sizeGuidance: { agentsBelow: 10, botsBelow: 5, terms: ['T9'] } },
    { id: 'enterprise', name: 'Large', channel: 'ticket', priority: 'highest' },
    { id: 'none', name: 'Nothing', channel: 'none', priority: 'none' },
  ],
  rules: [
    ...rules('pro', 'email', 'best-effort', {
      onboarding: { verdict: 'covered', terms: ['T11.3'], conditions: [{ kind: 'note', text: 'a note' }] },
      'bug-fix': {
        verdict: 'covered',
        terms: ['T11.4'],
        conditions: [{ kind: 'window', days: 30, from: 'support-start', inclusive: true }],
      },
      'health-check': { verdict: 'not-covered', terms: ['T11', 'T6'] },
      'logo-removal': { verdict: 'not-covered', terms: ['T12.3'] },
      'code-modification': { verdict: 'not-covered', terms: ['T12.1'] },
    }),
    ...rules('enterprise', 'ticket', 'highest', {
      onboarding: { verdict: 'covered', terms: ['T6'] },
      'bug-fix': { verdict: 'covered', terms: ['T7'] },
      'health-check': { verdict: 'covered', terms: ['T6'] },
      'logo-removal': { verdict: 'not-stated', terms: ['T12.3'] },
      'code-modification': { verdict: 'not-covered', terms: ['T13'] },
    }),
    ...rules('none', 'none', 'none', {
      onboarding: { verdict: 'not-covered', terms: ['T2'] },
      'bug-fix': { verdict: 'not-covered', terms: ['T2'] },
      'health-check': { verdict: 'not-covered', terms: ['T2'] },
      'logo-removal': { verdict: 'not-covered', terms: ['T2'] },
      'code-modification': { verdict: 'not-covered', terms: ['T2'] },
    }),
  ],
  policies: { modified: { verdict: 'not-covered', terms: ['T16', 'T14'], text: 'modified: never' } },
  advice: FIXTURE_ADVICE,
};

/** The fixture with one rule replaced. */
export function withRule(pkg: PackageRule['package'], topic: TopicId, patch: Partial<PackageRule>): CoverageData {
  return { ...FIXTURE, rules: FIXTURE.rules.map((r) => (r.package === pkg && r.topic === topic ? { ...r, ...patch } : r)) };
}
