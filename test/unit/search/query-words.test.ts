import { describe, expect, test } from 'vitest';
import { matchedPoorly, queriesWithOneWordLess, queryWords, searchableQuery } from '../../../src/lib/query-words';

describe('searchableQuery', () => {
  test('drops words that carry no meaning when others remain', () => {
    expect(searchableQuery('Tiledesk is not sending my mail')).toBe('tiledesk sending mail');
    expect(searchableQuery("can't log in after install")).toBe('log after install');
  });
  test('drops contractions typed without an apostrophe or with a typographic one', () => {
    expect(searchableQuery('cant login admin')).toBe('login admin');
    expect(searchableQuery('I can’t log in, dont know why')).toBe('log know');
  });
  test('drops the words customers add to any problem', () => {
    expect(searchableQuery('CORS error')).toBe('cors');
    expect(searchableQuery('login issues')).toBe('login');
    expect(searchableQuery('error')).toBe('error');
  });
  test('keeps a query made only of such words', () => {
    expect(searchableQuery('how to')).toBe('how to');
  });
  test('keeps identifiers and an exact phrase in quotes as typed', () => {
    expect(searchableQuery('SUPER_PASSWORD')).toBe('super_password');
    expect(searchableQuery('@tiledesk-ent')).toBe('@tiledesk-ent');
    expect(searchableQuery('"not allowed"')).toBe('"not allowed"');
  });
});

test('queryWords strips punctuation around words', () => {
  expect(queryWords('  "Port, already?" ')).toEqual(['port', 'already']);
});

test('queriesWithOneWordLess leaves out each word in turn', () => {
  expect(queriesWithOneWordLess('a b c')).toEqual(['b c', 'a c', 'a b']);
  expect(queriesWithOneWordLess('docker')).toEqual([]);
});

describe('matchedPoorly', () => {
  test('a typo that Pagefind matched by a short prefix is poor', () => {
    expect(matchedPoorly('dokcer', ['do', 'Do'])).toBe(true);
    expect(matchedPoorly('dokcer', [])).toBe(true);
  });
  test('stems and longer forms are good matches', () => {
    expect(matchedPoorly('emails', ['email'])).toBe(false);
    expect(matchedPoorly('sending', ['send'])).toBe(false);
    expect(matchedPoorly('certificate', ['certificates.'])).toBe(false);
  });
  test('a word sharing only a short beginning is poor', () => {
    expect(matchedPoorly('blockchain', ['blocked'])).toBe(true);
    expect(matchedPoorly('price', ['private'])).toBe(true);
  });
  test('short words and identifiers are never judged', () => {
    expect(matchedPoorly('ssl', [])).toBe(false);
    expect(matchedPoorly('kb_endpoint', [])).toBe(false);
  });
});
