/**
 * One block per support term: each test fails if the coverage data or the
 * engine contradicts that term (support-terms.md and its reading rules).
 */
import { describe, expect, test } from 'vitest';
import { evaluate } from '../../../src/coverage/evaluate';
import { PACKAGE_IDS, TOPIC_IDS, type PackageId, type TopicId } from '../../../src/coverage/ids';
import { recommend } from '../../../src/coverage/recommend';
import { loadCoverage, packagePage } from '../../helpers/coverage-data';

const data = loadCoverage();
const TODAY = '2026-11-26';
const ask = (pkg: PackageId, topic: TopicId, extra: Parameters<typeof evaluate>[0] = {}) =>
  evaluate({ package: pkg, topic, modified: false, ...extra }, data, TODAY);

const PRO_INCLUDES: Record<string, TopicId> = {
  'T11.1': 'install-docs',
  'T11.2': 'install-help',
  'T11.3': 'onboarding',
  'T11.4': 'bug-fix',
};
const PRO_EXCLUDES: Record<string, TopicId> = {
  'T12.1': 'code-modification',
  'T12.2': 'third-party-install',
  'T12.3': 'logo-removal',
  'T12.4': 'platform-upgrade',
  'T12.5': 'account-manager',
  'T12.6': 'engineering-contact',
};
const ENTERPRISE_T6: TopicId[] = ['roadmap-preview', 'best-practice', 'health-check', 'scalability-testing', 'product-training'];
const ENTERPRISE_COVERS: TopicId[] = ['install-docs', 'install-help', 'onboarding', 'bug-fix', 'account-manager', ...ENTERPRISE_T6];

describe('T1: packages are an option on Pro and Enterprise licences', () => {
  test('there are exactly the Pro and Enterprise packages, and "none"', () => {
    expect(data.packages.map((p) => p.id).sort()).toEqual(['enterprise', 'none', 'pro']);
  });
  test('without a package, the next step is to compare the packages, citing T1', () => {
    const answer = ask('none', 'install-help');
    expect(answer.next).toContainEqual(expect.objectContaining({ kind: 'compare', terms: ['T1', 'T2'] }));
  });
});

describe('T2: no package, no support', () => {
  test.each(TOPIC_IDS)('%s is not covered without a package, citing T2', (topic) => {
    const answer = ask('none', topic);
    expect(answer.verdict).toBe('not-covered');
    expect(answer.terms).toContain('T2');
    expect(answer.channel).toBe('none');
  });
  test('this holds even when the modified question is unanswered', () => {
    expect(evaluate({ package: 'none', topic: 'bug-fix' }, data, TODAY).verdict).toBe('not-covered');
  });
});

describe('T3: support is given through tickets with the support engineering staff', () => {
  test('a covered Enterprise request is sent as a ticket, citing T3', () => {
    const answer = ask('enterprise', 'health-check');
    expect(answer.channel).toBe('ticket');
    expect(answer.next[0]).toEqual(expect.objectContaining({ kind: 'send', channel: 'ticket', terms: ['T3'] }));
  });
  test('the package pages cite T3 for their channel', () => {
    expect(packagePage('enterprise').channelTerms).toContain('T3');
    expect(packagePage('pro').channelTerms).toContain('T3');
  });
});

describe('T4: Enterprise is for customers who need the vendor to know them', () => {
  test('the Enterprise page rests on T4', () => {
    expect(packagePage('enterprise').terms).toContain('T4');
    expect(packagePage('pro').terms).not.toContain('T4');
  });
  test('a mission-critical deployment is pointed to Enterprise', () => {
    expect(recommend({ missionCritical: true, services: [] }, data).package).toBe('enterprise');
  });
});

describe('T5: Enterprise cases get the highest priority', () => {
  test('Enterprise covers exactly these topics', () => {
    expect(TOPIC_IDS.filter((topic) => ask('enterprise', topic).verdict === 'covered')).toEqual(ENTERPRISE_COVERS);
  });
  test.each(ENTERPRISE_COVERS)('a covered Enterprise request about %s has the highest priority', (topic) => {
    expect(ask('enterprise', topic).priority).toBe('highest');
  });
  test('the Enterprise package is highest priority and cites T5', () => {
    expect(data.packages.find((p) => p.id === 'enterprise')?.priority).toBe('highest');
    expect(packagePage('enterprise').priorityTerms).toContain('T5');
  });
  test('recommending Enterprise for a mission-critical deployment cites T5', () => {
    expect(recommend({ missionCritical: true, services: [] }, data).reasons[0]?.terms).toContain('T5');
  });
});

describe('T6: the services Enterprise is meant for', () => {
  test.each([...ENTERPRISE_T6, 'onboarding' as const])('%s is covered under Enterprise, citing T6', (topic) => {
    const answer = ask('enterprise', topic);
    expect(answer.verdict).toBe('covered');
    expect(answer.terms).toContain('T6');
  });
  test.each(ENTERPRISE_T6)('%s is not covered under Pro, pointing to Enterprise', (topic) => {
    const answer = ask('pro', topic);
    expect(answer.verdict).toBe('not-covered');
    expect(answer.terms).toEqual(expect.arrayContaining(['T6', 'T11']));
    expect(answer.next).toContainEqual(expect.objectContaining({ kind: 'covered-by', package: 'enterprise', terms: ['T6'] }));
  });
});

describe('T7: a dedicated Service Engineer for deployment, maintenance and every technical issue', () => {
  test.each(['install-help', 'bug-fix'] as const)('%s is covered under Enterprise, citing T7, with no time window', (topic) => {
    const answer = ask('enterprise', topic, { start: '2020-01-01' });
    expect(answer.verdict).toBe('covered');
    expect(answer.terms).toContain('T7');
  });
});

describe('T8: a Technical Account Manager', () => {
  test('a dedicated account manager is covered under Enterprise, citing T8', () => {
    const answer = ask('enterprise', 'account-manager');
    expect(answer.verdict).toBe('covered');
    expect(answer.terms).toEqual(['T8']);
  });
  test('where the Enterprise terms are silent, the TAM is whom to ask, citing T8', () => {
    const answer = ask('enterprise', 'logo-removal');
    expect(answer.verdict).toBe('not-stated');
    expect(answer.next).toEqual([expect.objectContaining({ kind: 'ask', whom: 'account-manager', terms: ['T8'] })]);
  });
});

describe('T9: Pro suits fewer than 10 agents and fewer than 5 bots, as a recommendation only', () => {
  test.each([
    [9, 4, 'ok'],
    [10, 0, 'exceeds'],
    [0, 5, 'exceeds'],
    [200, 50, 'exceeds'],
  ] as const)('%i agents and %i bots → %s, and the verdict does not change', (agents, bots, fit) => {
    const answer = ask('pro', 'onboarding', { agents, bots });
    expect(answer.fit).toBe(fit);
    expect(answer.verdict).toBe('covered');
    expect(answer.fitNote?.terms).toEqual(fit === 'exceeds' ? ['T9'] : undefined);
  });
  test('the guidance is not applied to Enterprise', () => {
    expect(ask('enterprise', 'onboarding', { agents: 500, bots: 80 }).fit).toBe('ok');
  });
  test('a deployment past the guidance is recommended Enterprise, citing T9', () => {
    const result = recommend({ agents: 12, bots: 1, services: ['install-help'] }, data);
    expect(result.package).toBe('enterprise');
    expect(result.reasons.flatMap((r) => r.terms)).toContain('T9');
  });
});

describe('T10: Pro is best effort, with no resolution SLA', () => {
  test.each(Object.values(PRO_INCLUDES))('a covered Pro request about %s is best effort', (topic) => {
    expect(ask('pro', topic, { start: TODAY }).priority).toBe('best-effort');
  });
  test('recommending Pro says so, citing T10', () => {
    const result = recommend({ agents: 3, bots: 1, services: ['install-help'] }, data);
    expect(result.package).toBe('pro');
    expect(result.reasons[0]?.terms).toContain('T10');
  });
});

describe('T11: Pro provides exactly five things', () => {
  test('the topics Pro covers are exactly those of T11.1 to T11.4', () => {
    const covered = TOPIC_IDS.filter((topic) => ask('pro', topic, { start: TODAY }).verdict === 'covered');
    expect(covered).toEqual(Object.values(PRO_INCLUDES));
  });
  test.each(Object.entries(PRO_INCLUDES))('%s: %s is covered and cites it', (term, topic) => {
    expect(ask('pro', topic, { start: TODAY }).terms).toContain(term);
  });
  test('T11.2: installation help is through documentation only', () => {
    expect(ask('pro', 'install-help').conditions.join(' ')).toMatch(/documentation only/i);
  });
  test('T11.5: email is the only channel', () => {
    const answer = ask('pro', 'onboarding');
    expect(answer.channel).toBe('email');
    expect(answer.next).toEqual([expect.objectContaining({ kind: 'send', channel: 'email', terms: ['T11.5'] })]);
    expect(packagePage('pro').channelTerms).toContain('T11.5');
  });
});

describe('T12: what Pro does not provide', () => {
  test.each(Object.entries(PRO_EXCLUDES))('%s: %s is not covered under Pro and cites it', (term, topic) => {
    const answer = ask('pro', topic);
    expect(answer.verdict).toBe('not-covered');
    expect(answer.terms).toContain(term);
    expect(answer.channel).toBe('none');
  });
});

describe('T13: extend through extension points, not by editing components', () => {
  test.each(PACKAGE_IDS)('under %s, a modified component points to the extension points', (pkg) => {
    const answer = ask(pkg, 'bug-fix', { modified: true });
    expect(answer.next).toContainEqual(expect.objectContaining({ kind: 'extend', terms: ['T13'] }));
  });
  test('asking for help modifying code points to the extension points', () => {
    expect(ask('pro', 'code-modification').next).toContainEqual(expect.objectContaining({ kind: 'extend' }));
  });
});

describe('T14, T15, T16: modified components are never supported', () => {
  test.each(PACKAGE_IDS.flatMap((pkg) => TOPIC_IDS.map((topic) => [pkg, topic] as const)))(
    '%s / %s about a modified component is not covered',
    (pkg, topic) => {
      const answer = ask(pkg, topic, { modified: true, start: TODAY });
      expect(answer.verdict).toBe('not-covered');
      expect(answer.terms).toEqual(expect.arrayContaining(['T14', 'T15', 'T16']));
      expect(answer.channel).toBe('none');
    },
  );
  test('without a package, both reasons are given', () => {
    expect(ask('none', 'install-help', { modified: true }).terms).toEqual(['T2', 'T14', 'T15', 'T16']);
  });
  test('no package covers help modifying the code, Enterprise included', () => {
    for (const pkg of PACKAGE_IDS) expect(ask(pkg, 'code-modification').verdict).toBe('not-covered');
  });
});

describe('silence is never read as covered', () => {
  test.each(['third-party-install', 'logo-removal', 'platform-upgrade', 'engineering-contact'] as const)(
    'Enterprise / %s is not stated',
    (topic) => expect(ask('enterprise', topic).verdict).toBe('not-stated'),
  );
});
