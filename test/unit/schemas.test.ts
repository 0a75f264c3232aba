import { describe, expect, test } from 'vitest';
import { docSchema } from '../../src/schemas/docs';
import { kbSchema } from '../../src/schemas/kb';
import { packageSchema } from '../../src/schemas/packages';
import { siteSchema } from '../../src/schemas/site';

const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

const article = {
  title: 'Emails are not sent',
  description: 'Why.',
  category: 'configuration',
  tags: ['email'],
  packages: ['pro'],
  updated: '2026-11-26',
};

describe('kbSchema', () => {
  test('fills defaults', () => {
    expect(kbSchema.parse(article).related).toEqual([]);
  });
  test('reports every faulty field with its path', () => {
    const result = kbSchema.safeParse({ ...article, tags: [], packages: ['pro', 'gold'], updated: '2026-02-30' });
    expect(issues(result)).toEqual([
      'tags: add at least one tag, e.g. ["docker-compose"]',
      'packages.1: expected a package id, one of "pro", "enterprise", "none"; got "gold"',
      'updated: expected a real calendar date written "YYYY-MM-DD"; got "2026-02-30"',
    ]);
  });
  test('requires at least one package', () => {
    expect(issues(kbSchema.safeParse({ ...article, packages: [] }))).toEqual([
      'packages: list the packages the article applies to, e.g. ["pro", "enterprise"]',
    ]);
  });
  test('sources default to none and need a label and an https address', () => {
    expect(kbSchema.parse(article).sources).toEqual([]);
    const url = 'https://github.com/Tiledesk/tiledesk/issues/10';
    expect(kbSchema.parse({ ...article, sources: [{ label: 'Tiledesk/tiledesk issue #10', url }] }).sources[0]?.url).toBe(url);
    expect(issues(kbSchema.safeParse({ ...article, sources: [{ label: 'x', url: 'http://example.com/' }, { url }] }))).toEqual([
      'sources.0.url: expected an absolute https:// URL, e.g. "https://github.com/Tiledesk/tiledesk/issues/10"',
      'sources.1.label: required: this field is missing',
    ]);
  });
});

describe('docSchema', () => {
  test('order must be a whole number', () => {
    const base = { title: 'T', description: 'D', section: 'install' };
    expect(docSchema.safeParse({ ...base, order: 10 }).success).toBe(true);
    expect(issues(docSchema.safeParse({ ...base, order: 1.5 }))).toEqual(['order: expected a whole number, e.g. 10']);
    expect(issues(docSchema.safeParse({ ...base, order: 'first' }))).toEqual(['order: expected a whole number, e.g. 10']);
  });
});

describe('packageSchema', () => {
  const pkg = {
    title: 'Pro',
    name: 'Pro',
    summary: 'S',
    order: 1,
    audience: ['Small teams'],
    channel: 'email',
    priority: 'best-effort',
    response: 'Best effort.',
    terms: ['T1'],
  };
  test('channel and priority are closed lists', () => {
    const result = packageSchema.safeParse({ ...pkg, channel: 'phone', priority: 'urgent' });
    expect(issues(result).map((i) => i.split(':')[0])).toEqual(['channel', 'priority']);
  });
});

describe('siteSchema', () => {
  test('community links must be https', () => {
    const result = siteSchema.safeParse({
      productName: 'P',
      portalName: 'Portal',
      description: 'D',
      contacts: { support: 'support@example.com', sales: 'not-an-email' },
      community: [{ label: 'Forum', url: 'http://forum.example.com', description: 'D' }],
      docs: { sections: [{ id: 'install', label: 'Install', description: 'D' }] },
      kb: { categories: [{ id: 'install', label: 'Install', description: 'D' }] },
    });
    expect(issues(result)).toEqual([
      'contacts.sales: expected an email address, e.g. info@example.com',
      'community.0.url: expected an absolute https:// URL, e.g. "https://github.com/Tiledesk/tiledesk/issues/10"',
    ]);
  });
});
