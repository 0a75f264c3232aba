import { describe, expect, test } from 'vitest';
import { buildDocsNav, neighbours } from '../../src/lib/docs-nav';
import { decodeEntities, excerptSegments } from '../../src/lib/excerpt';
import { byRecency, groupByCategory, tagCounts, type ArticleSummary } from '../../src/lib/kb-index';
import { readableNumber } from '../../src/coverage/readable-number';
import { readableLocalDate, readableLocalTime } from '../../src/coverage/dates';
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

  test("match Intl's en-GB long dates on every day of a leap year and across centuries", () => {
    const intl = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const days = [...Array(366).keys()].map((n) => new Date(Date.UTC(2028, 0, 1 + n)));
    const years = [1000, 1999, 2000, 2100, 9999].map((year) => new Date(Date.UTC(year, 6, 15)));
    for (const date of [...days, ...years]) {
      expect(formatDate(date.toISOString().slice(0, 10))).toBe(intl.format(date));
    }
  });

  test("a moment the browser recorded is written in the customer's time zone as Intl's en-GB would", () => {
    const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' });
    const time = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short' });
    // Every hour of two days either side of a change of clocks in Europe, and a year below 1000.
    const moments = [...Array(96).keys()].map((h) => new Date(Date.UTC(2026, 2, 28, h, 7)));
    const yearTwo = new Date(2026, 10, 20, 9, 5);
    yearTwo.setFullYear(2); // new Date(2, …) would mean 1902
    for (const moment of [...moments, yearTwo]) {
      expect(readableLocalDate(moment)).toBe(day.format(moment));
      expect(readableLocalTime(moment)).toBe(time.format(moment));
    }
  });

  test('a date being typed, year 0002 on the way to 2026, is not read as 1902', () => {
    expect(formatDate('0002-11-20')).toBe('20 November 2');
  });

  test('refuse dates that do not exist, as the formatter they replace did', () => {
    expect(() => formatDate('2026-02-30')).toThrow(/not a real YYYY-MM-DD date: 2026-02-30/);
  });
});

describe('numbers written for people', () => {
  test("group thousands with commas, as toLocaleString('en') does", () => {
    for (const n of [0, 7, 999, 1000, 12_345, 100_000, 1_000_000, 25_000_000, -4200, Number.MAX_SAFE_INTEGER]) {
      expect(readableNumber(n)).toBe(n.toLocaleString('en'));
    }
  });

  test('refuse what is not a whole number rather than print it oddly', () => {
    expect(() => readableNumber(1.5)).toThrow(/not a whole number: 1\.5/);
    expect(() => readableNumber(Number.NaN)).toThrow(RangeError);
  });
});
