import { describe, expect, test } from 'vitest';
import { checkContent, checkPopular, formatProblems, type ContentSet } from '../../src/lib/integrity';
import type { KbData } from '../../src/schemas/kb';
import { PACKAGE_IDS, TOPIC_IDS, type TopicId } from '../../src/coverage/ids';
import type { Rule } from '../../src/coverage/schema';
import type { PackageData } from '../../src/schemas/packages';

const site: ContentSet['site'] = {
  productName: 'P',
  portalName: 'Portal',
  description: 'D',
  contacts: { support: 's@example.com', sales: 'i@example.com' },
  tickets: {},
  community: [{ label: 'Forum', url: 'https://forum.example.com', description: 'D' }],
  docs: { sections: [{ id: 'install', label: 'Install', description: 'D' }] },
  kb: { categories: [{ id: 'installation', label: 'Installation', description: 'D' }], pageSize: 20, popular: ['a'] },
};

const pkg = (over: Partial<PackageData> = {}): PackageData => ({
  title: 'T',
  name: 'N',
  summary: 'S',
  order: 1,
  audience: ['A'],
  channel: 'email',
  priority: 'best-effort',
  response: 'R',
  channelTerms: [],
  priorityTerms: [],
  keywords: [],
  terms: ['T1'],
  ...over,
});

const kb = (id: string, over: Partial<KbData> = {}) => ({
  id,
  filePath: `content/kb/${id}.md`,
  data: {
    title: id,
    description: 'D',
    category: 'installation',
    tags: ['x'],
    packages: ['pro' as const],
    updated: '2026-01-01',
    related: [],
    keywords: [],
    sources: [],
    ...over,
  },
});

const valid = (): ContentSet => ({
  site,
  terms: ['T1', 'T11', 'T11.1'].map((id) => ({ id, data: { id, group: 'general' as const, statement: 'S' } })),
  packages: ['pro', 'enterprise', 'none'].map((id) => ({ id, filePath: `content/packages/${id}.mdx`, data: pkg() })),
  docs: [
    { id: 'setup', filePath: 'content/docs/setup.md', data: { title: 'S', description: 'D', section: 'install', order: 1, keywords: [] } },
  ],
  kb: [kb('a', { related: ['b'] }), kb('b')],
  topics: TOPIC_IDS.map((id) => ({ id, label: id, explanation: 'E' })),
  rules: PACKAGE_IDS.map((id) => ({ id, rules: TOPIC_IDS.map((topic) => rule(topic)) })),
  policies: { modified: { verdict: 'not-covered', terms: ['T1'], text: 'Never.' } },
});

const rule = (topic: TopicId, over: Partial<Rule> = {}): Rule => ({
  topic,
  verdict: 'not-covered',
  terms: ['T1'],
  text: 'T',
  conditions: [],
  channel: 'none',
  priority: 'none',
  ...over,
});

describe('checkContent', () => {
  test('finds nothing wrong in consistent content', () => {
    expect(checkContent(valid())).toEqual([]);
  });

  test('an unknown or self-referencing related article', () => {
    const content = valid();
    content.kb = [kb('a', { related: ['b', 'missing', 'a'] }), kb('b')];
    expect(checkContent(content)).toEqual([
      { file: 'content/kb/a.md', field: 'related[1]', message: expect.stringContaining('"missing" is not a knowledge-base article') },
      { file: 'content/kb/a.md', field: 'related[2]', message: 'an article cannot be related to itself' },
    ]);
  });

  test('a popular article on the home page that does not exist', () => {
    const content = valid();
    content.site = { ...content.site, kb: { ...content.site.kb, popular: ['b', 'gone'] } };
    expect(checkPopular(content.kb, content.site)).toEqual([
      { file: 'site.yaml', field: 'kb.popular[1]', message: expect.stringContaining('"gone" is not a knowledge-base article') },
    ]);
  });

  test('unknown category and docs section name the valid choices', () => {
    const content = valid();
    content.kb = [kb('a', { category: 'billing' })];
    content.docs[0]!.data.section = 'operate';
    const messages = checkContent(content).map((p) => `${p.field}: ${p.message}`);
    expect(messages).toEqual([
      'section: "operate" is not a docs section; use one of "install" (listed in site.yaml under docs.sections)',
      'category: "billing" is not a knowledge-base category; use one of "installation" (listed in site.yaml under kb.categories)',
    ]);
  });

  test('a package page for an unknown id, and a missing one', () => {
    const content = valid();
    content.packages = content.packages.filter((p) => p.id !== 'none');
    content.packages.push({ id: 'gold', filePath: 'content/packages/gold.mdx', data: pkg() });
    const problems = checkContent(content).map((p) => `${p.file} ${p.field}`);
    expect(problems).toEqual(['content/packages/gold.mdx (file name)', 'packages/none.mdx (file)']);
  });

  test('a citation of a term that does not exist', () => {
    const content = valid();
    content.packages[0]!.data = pkg({ channelTerms: ['T12.9'] });
    expect(checkContent(content)).toEqual([
      { file: 'content/packages/pro.mdx', field: 'channelTerms[0]', message: expect.stringContaining('"T12.9" does not exist') },
    ]);
  });

  test('a term item without its parent term', () => {
    const content = valid();
    content.terms = content.terms.filter((t) => t.id !== 'T11');
    expect(checkContent(content).map((p) => p.message)).toEqual(['item T11.1 has no parent term T11; add T11 before its items']);
  });

  test('a docs section or KB category listed twice in site.yaml', () => {
    const content = valid();
    content.site = {
      ...site,
      docs: { sections: [...site.docs.sections, ...site.docs.sections] },
      kb: { ...site.kb, categories: [...site.kb.categories, ...site.kb.categories] },
    };
    expect(checkContent(content)).toEqual([
      { file: 'site.yaml', field: 'docs.sections[1].id', message: expect.stringContaining('"install" is listed a second time') },
      { file: 'site.yaml', field: 'kb.categories[1].id', message: expect.stringContaining('"installation" is listed a second time') },
    ]);
  });

  test('an article id that would hide a listing route', () => {
    const content = valid();
    content.kb.push(kb('tags'));
    expect(checkContent(content).map((p) => `${p.file}: ${p.message}`)).toEqual([
      'content/kb/tags.md: "tags" is reserved for the listing pages under /kb/; rename the file',
    ]);
  });
});

test('formatProblems lists every problem on its own line', () => {
  expect(
    formatProblems([
      { file: 'a.md', field: 'title', message: 'm1' },
      { file: 'b.md', field: 'tags[0]', message: 'm2' },
    ]),
  ).toBe('The content has 2 problems:\n  a.md → title: m1\n  b.md → tags[0]: m2');
});

describe('coverage cross-checks', () => {
  const problems = (content: ContentSet) => checkContent(content).map((p) => `${p.file} → ${p.field}: ${p.message}`);

  test('a package × topic pair with no rule', () => {
    const content = valid();
    content.rules[0]!.rules = content.rules[0]!.rules.filter((r) => r.topic !== 'bug-fix');
    expect(problems(content)).toEqual([
      'content/coverage/rules/pro.yaml → rules: no rule for topic "bug-fix"; every package needs one rule per topic',
    ]);
  });

  test('a package × topic pair with two rules', () => {
    const content = valid();
    content.rules[1]!.rules.push(rule('onboarding', { verdict: 'covered' }));
    expect(problems(content)).toEqual([
      'content/coverage/rules/enterprise.yaml → rules[15].topic: a second rule for "onboarding" (the first is rules[2]); keep exactly one rule per topic',
    ]);
  });

  test('a rule citing a term that does not exist', () => {
    const content = valid();
    content.rules[2]!.rules[0] = rule('install-docs', { terms: ['T1', 'T99'] });
    expect(problems(content)).toEqual([
      'content/coverage/rules/none.yaml → rules[0].terms[1]: term "T99" does not exist; cite an id from content/terms.yaml, e.g. "T11.4"',
    ]);
  });

  test('a rules file for an unknown package, and a package with no rules file', () => {
    const content = valid();
    content.rules[2]!.id = 'gold';
    expect(problems(content)).toEqual([
      'content/coverage/rules/gold.yaml → (file name): "gold" is not a package id; name the file after one of "pro", "enterprise", "none"',
      'content/coverage/rules/none.yaml → (file): the package "none" has no coverage rules; create the file with one rule per topic',
    ]);
  });

  test('a topic with no description', () => {
    const content = valid();
    content.topics = content.topics.filter((t) => t.id !== 'health-check');
    expect(problems(content)).toEqual([
      'content/coverage/topics.yaml → health-check: topic "health-check" has no entry; add its label and explanation',
    ]);
  });

  test('conditions on a verdict they cannot limit', () => {
    const content = valid();
    content.rules[0]!.rules[0] = rule('install-docs', { conditions: [{ kind: 'note', text: 'Docs only.' }] });
    expect(problems(content)).toEqual([
      'content/coverage/rules/pro.yaml → rules[0].conditions: conditions only limit a "covered" verdict; this rule is "not-covered"',
    ]);
  });

  test('a policy citing a term that does not exist', () => {
    const content = valid();
    content.policies.modified.terms = ['T1', 'T77'];
    expect(problems(content)).toEqual([
      'content/coverage/policies.yaml → modified.terms[1]: term "T77" does not exist; cite an id from content/terms.yaml, e.g. "T14"',
    ]);
  });
});
