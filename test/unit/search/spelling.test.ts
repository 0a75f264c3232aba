import { describe, expect, test } from 'vitest';
import { correctQuery, editDistance, nearestWord } from '../../../src/lib/spelling';

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
  const vocabulary = ['the', 'docker', 'compose', 'dock', 'upgrade', 'upgrading', 'kubernetes'];
  const known = new Set(vocabulary);
  test('leaves known words and short words alone', () => {
    expect(nearestWord('docker', vocabulary, known)).toBeUndefined();
    expect(nearestWord('Docker', vocabulary, known)).toBeUndefined();
    expect(nearestWord('te', vocabulary, known)).toBeUndefined();
  });
  test('finds the nearest known word', () => {
    expect(nearestWord('dokcer', vocabulary, known)).toBe('docker');
    expect(nearestWord('upgarde', vocabulary, known)).toBe('upgrade');
  });
  test('prefers the more common word on a tie (the list is most common first)', () => {
    expect(nearestWord('docke', vocabulary, known)).toBe('docker');
  });
  test('gives up beyond the allowed edits (one for short words, two for longer)', () => {
    expect(nearestWord('dkco', vocabulary, known)).toBeUndefined();
    expect(nearestWord('zzqxwv', vocabulary, known)).toBeUndefined();
  });
  test('never corrects identifiers with digits or underscores', () => {
    expect(nearestWord('docker2', vocabulary, known)).toBeUndefined();
  });
});

describe('correctQuery', () => {
  test('replaces each unknown word and keeps the rest as typed', () => {
    expect(correctQuery('dokcer  compose', ['docker', 'compose'])).toEqual({ query: 'docker  compose', changed: true });
  });
  test('reports no change when every word is known or has no neighbour', () => {
    expect(correctQuery('docker zzqxwv', ['docker'])).toEqual({ query: 'docker zzqxwv', changed: false });
  });
});
