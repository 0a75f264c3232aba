import { describe, expect, test } from 'vitest';
import { correctQuery, editDistance, isKnownWord, nearestWord } from '../../../src/lib/spelling';

describe('editDistance', () => {
  test('counts a swap of neighbours as one edit', () => {
    expect(editDistance('dokcer', 'docker', 2)).toBe(1);
  });
  test('counts insertions, deletions and substitutions', () => {
    expect(editDistance('rabitmq', 'rabbitmq', 2)).toBe(1);
    expect(editDistance('kubernets', 'kubernetes', 2)).toBe(1);
    expect(editDistance('severty', 'severity', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
  });
  test('stops at max + 1', () => {
    expect(editDistance('docker', 'kubernetes', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('nearestWord', () => {
  const suggestions = ['the', 'docker', 'compose', 'dock', 'upgrade', 'upgrading', 'kubernetes', 'install', 'write', 'host'];
  test('finds the nearest suggestion', () => {
    expect(nearestWord('dokcer', suggestions)).toBe('docker');
    expect(nearestWord('Dokcer', suggestions)).toBe('docker');
    expect(nearestWord('upgarde', suggestions)).toBe('upgrade');
    expect(nearestWord('kubernets', suggestions)).toBe('kubernetes');
  });
  test('prefers the more common word on a tie (the list is most common first)', () => {
    expect(nearestWord('docke', suggestions)).toBe('docker');
  });
  test('allows one edit up to seven letters and two from eight', () => {
    expect(nearestWord('price', suggestions)).toBeUndefined(); // two edits from "write"
    expect(nearestWord('kubrnets', suggestions)).toBe('kubernetes');
    expect(nearestWord('zzqxwv', suggestions)).toBeUndefined();
  });
  test('keeps the beginning of the word, or its first two letters swapped', () => {
    expect(nearestWord('uninstall', suggestions)).toBeUndefined();
    expect(nearestWord('cost', suggestions)).toBeUndefined();
    expect(nearestWord('odcker', suggestions)).toBe('docker');
  });
});

describe('isKnownWord', () => {
  const known = ['cited', 'contact', 'content', 'email', 'mixed', 'private', 'send'].sort();
  test('finds a word the site uses, or a form of it', () => {
    expect(isKnownWord('content', known)).toBe(true);
    expect(isKnownWord('Mixed', known)).toBe(true);
    expect(isKnownWord('emails', known)).toBe(true);
    expect(isKnownWord('sending', known)).toBe(true);
  });
  test('does not take a word sharing only a short beginning for a form of it', () => {
    expect(isKnownWord('price', known)).toBe(false);
    expect(isKnownWord('xylophone', known)).toBe(false);
    expect(isKnownWord('aaa', known)).toBe(false);
    expect(isKnownWord('zzzz', known)).toBe(false);
    expect(isKnownWord('send', [])).toBe(false);
  });
});

describe('correctQuery', () => {
  const vocabulary = { suggestions: ['docker', 'compose', 'install'], known: ['compose', 'content', 'docker', 'install', 'mixed'] };
  const all = (query: string) => new Set(query.toLowerCase().split(/\s+/));
  test('replaces each misspelt suspect and keeps the rest as typed', () => {
    expect(correctQuery('dokcer  compose', vocabulary, all('dokcer compose'))).toEqual({
      query: 'docker  compose',
      changed: true,
      unknown: [],
    });
  });
  test('never replaces a word the site uses, though it is a suspect', () => {
    expect(correctQuery('mixed content', vocabulary, all('mixed content'))).toEqual({
      query: 'mixed content',
      changed: false,
      unknown: [],
    });
  });
  test('only corrects the suspects', () => {
    expect(correctQuery('dokcer compose', vocabulary, new Set(['compose']))).toMatchObject({ query: 'dokcer compose', changed: false });
  });
  test('leaves out a word with no near suggestion, and says which', () => {
    expect(correctQuery('Blockchain docker', vocabulary, all('blockchain docker'))).toEqual({
      query: 'docker',
      changed: true,
      unknown: ['Blockchain'],
    });
    expect(correctQuery('xylophone', vocabulary, all('xylophone'))).toEqual({ query: '', changed: true, unknown: ['xylophone'] });
  });
  test('leaves short words and words with digits alone', () => {
    expect(correctQuery('sll k8s', vocabulary, all('sll k8s'))).toMatchObject({ changed: false });
  });
});
