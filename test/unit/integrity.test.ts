import { describe, expect, test } from 'vitest';
import { checkContent, formatProblems, type ContentSet } from '../../src/lib/integrity';
import type { KbData } from '../../src/schemas/kb';
import type { PackageData } from '../../src/schemas/packages';

const site: ContentSet['site'] = {
  productName: 'P',
  portalName: 'Portal',
  description: 'D',
  contacts: { support: 's@example.com', sales: 'i@example.com' },
  community: [{ label: 'Forum', url: 'https://forum.example.com', description: 'D' }],
  docs: { sections: [{ id: 'install', label: 'Install', description: 'D' }] },
  kb: { categories: [{ id: 'installation', label: 'Installation', description: 'D' }], pageSize: 20 },
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
  includes: [{ id: 'install-docs', label: 'Docs', terms: ['T11.1'] }],
  excludes: [],
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
    ...over,
  },
});

const valid = (): ContentSet => ({
  site,
  terms: ['T1', 'T11', 'T11.1'].map((id) => ({ id, data: { id, group: 'general' as const, statement: 'S' } })),
  packages: ['pro', 'enterprise', 'none'].map((id) => ({ id, filePath: `content/packages/${id}.mdx`, data: pkg() })),
  docs: [{ id: 'setup', filePath: 'content/docs/setup.md', data: { title: 'S', description: 'D', section: 'install', order: 1 } }],
  kb: [kb('a', { related: ['b'] }), kb('b')],
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
    content.packages[0]!.data = pkg({ excludes: [{ id: 'x', label: 'X', terms: ['T12.9'] }] });
    expect(checkContent(content)).toEqual([
      { file: 'content/packages/pro.mdx', field: 'excludes[0].terms[0]', message: expect.stringContaining('"T12.9" does not exist') },
    ]);
  });

  test('two items of a package with the same anchor', () => {
    const content = valid();
    content.packages[0]!.data = pkg({ excludes: [{ id: 'install-docs', label: 'Again', terms: ['T1'] }] });
    expect(checkContent(content).map((p) => p.field)).toEqual(['excludes[0].id']);
  });

  test('a term item without its parent term', () => {
    const content = valid();
    content.terms = content.terms.filter((t) => t.id !== 'T11');
    expect(checkContent(content).map((p) => p.message)).toEqual([
      'item T11.1 has no parent term T11; add T11 before its items',
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
