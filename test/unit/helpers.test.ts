import { describe, expect, test } from 'vitest';
import { buildDocsNav, neighbours } from '../../src/lib/docs-nav';
import { decodeEntities, excerptSegments } from '../../src/lib/excerpt';
import { byRecency, groupByCategory, tagCounts, type ArticleSummary } from '../../src/lib/kb-index';
import { formatDate } from '../../src/lib/labels';
import { compareTermIds, termAnchor } from '../../src/lib/terms';

describe('docs navigation', () => {
  const sections = [
    { id: 'start', label: 'Start', description: '' },
    { id: 'empty', label: 'Empty', description: '' },
    { id: 'install', label: 'Install', description: '' },
  ];
  const pages = [
    { id: 'helm', title: 'Helm', section: 'install', order: 20 },
    { id: 'compose', title: 'Compose', section: 'install', order: 10 },
    { id: 'b', title: 'B', section: 'start', order: 5 },
    { id: 'a', title: 'A', section: 'start', order: 5 },
  ];
  const nav = buildDocsNav(sections, pages);

  test('orders sections as configured, pages by order then title, and drops empty sections', () => {
    expect(nav.map((s) => [s.id, s.pages.map((p) => p.id)])).toEqual([
      ['start', ['a', 'b']],
      ['install', ['compose', 'helm']],
    ]);
  });
  test('previous and next cross section boundaries and stop at the ends', () => {
    expect(neighbours(nav, 'b')).toEqual({ prev: pages[3], next: pages[1] });
    expect(neighbours(nav, 'a').prev).toBeUndefined();
    expect(neighbours(nav, 'helm').next).toBeUndefined();
    expect(neighbours(nav, 'unknown')).toEqual({ prev: undefined, next: undefined });
  });
});

describe('knowledge-base groupings', () => {
  const a = (id: string, updated: string, category: string, tags: string[]): ArticleSummary => ({
    id,
    title: id,
    description: '',
    category,
    tags,
    updated,
  });
  const articles = [
    a('old', '2025-01-01', 'install', ['docker', 'mongo']),
    a('new', '2026-01-01', 'install', ['docker']),
    a('same-day-b', '2026-01-01', 'config', ['email']),
    a('same-day-a', '2026-01-01', 'config', ['docker']),
  ];
  test('recency order is newest first, then title', () => {
    expect([...articles].sort(byRecency).map((x) => x.id)).toEqual(['new', 'same-day-a', 'same-day-b', 'old']);
  });
  test('tag counts are most used first', () => {
    expect(tagCounts(articles)).toEqual([
      { tag: 'docker', count: 3 },
      { tag: 'email', count: 1 },
      { tag: 'mongo', count: 1 },
    ]);
  });
  test('categories group their articles by recency', () => {
    const groups = groupByCategory(articles);
    expect(groups.get('install')?.map((x) => x.id)).toEqual(['new', 'old']);
    expect(groups.get('config')?.map((x) => x.id)).toEqual(['same-day-a', 'same-day-b']);
  });
});

describe('search excerpts', () => {
  test('splits marked hits from plain text', () => {
    expect(excerptSegments('Set <mark>EMAIL_ENABLED</mark> to true')).toEqual([
      { text: 'Set ', marked: false },
      { text: 'EMAIL_ENABLED', marked: true },
      { text: ' to true', marked: false },
    ]);
  });
  test('keeps other markup as literal text, never as elements', () => {
    expect(excerptSegments('<img src=x onerror=alert(1)> &lt;b&gt;')).toEqual([
      { text: '<img src=x onerror=alert(1)> <b>', marked: false },
    ]);
  });
  test('decodes numeric entities and leaves unknown ones', () => {
    expect(decodeEntities('&#39;a&#x27; &amp;amp; &nope; &#0;')).toBe("'a' &amp; &nope; &#0;");
  });
});

describe('term addresses', () => {
  test('anchors avoid dots', () => {
    expect(termAnchor('T11.4')).toBe('t11-4');
    expect(termAnchor('T2')).toBe('t2');
  });
  test('ids sort in document order', () => {
    expect(['T12', 'T2', 'T11.4', 'T11', 'T11.10', 'T11.2'].sort(compareTermIds)).toEqual(['T2', 'T11', 'T11.2', 'T11.4', 'T11.10', 'T12']);
  });
});

describe('dates', () => {
  test("are written out in British order, whatever the machine's time zone", () => {
    expect(formatDate('2026-11-26')).toBe('26 November 2026');
    expect(formatDate('2024-01-01')).toBe('1 January 2024');
    expect(formatDate('2025-12-31')).toBe('31 December 2025');
  });
});
