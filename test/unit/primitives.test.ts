import { describe, expect, test } from 'vitest';
import { addDays, daysBetween } from '../../src/coverage/dates';
import { isRealIsoDate, isoDate, packageId, slug, termId, text } from '../../src/schemas/primitives';

describe('isRealIsoDate', () => {
  test.each(['2026-01-01', '2024-02-29', '2026-12-31', '0002-11-20', '0099-12-31'])('accepts %s', (value) => {
    expect(isRealIsoDate(value)).toBe(true);
  });
  test.each(['2026-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '2026-1-1', '26-01-01', '2026-01-01T00:00', ''])(
    'refuses %s',
    (value) => expect(isRealIsoDate(value)).toBe(false),
  );
});

// A date field being typed ("11202026") passes through 0002-11-20: read as year 2, never as 1902, and
// never thrown on (the checker evaluates every keystroke).
describe('dates in years 0-99', () => {
  test('count days like any other year', () => {
    expect(daysBetween('0002-11-20', '0002-11-21')).toBe(1);
    expect(daysBetween('0001-01-01', '2026-01-01')).toBe(739_616);
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
  });
});

describe('isoDate', () => {
  test('keeps a valid date as written', () => {
    expect(isoDate.parse('2026-07-01')).toBe('2026-07-01');
  });
  test('refuses a Date object (an unquoted YAML date) with the reason', () => {
    const result = isoDate.safeParse(new Date('2026-07-01'));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/write the date in quotes/);
  });
  test('names the impossible date it refuses', () => {
    const result = isoDate.safeParse('2026-02-30');
    expect(result.error?.issues[0]?.message).toBe('expected a real calendar date written "YYYY-MM-DD"; got "2026-02-30"');
  });
});

describe('identifiers', () => {
  test('slug accepts kebab-case only', () => {
    expect(slug.safeParse('docker-compose').success).toBe(true);
    for (const bad of ['Docker', 'a--b', '-a', 'a_b', 'a b', '']) expect(slug.safeParse(bad).success).toBe(false);
  });
  test('packageId lists the valid ids in its error', () => {
    expect(packageId.parse('none')).toBe('none');
    expect(packageId.safeParse('gold').error?.issues[0]?.message).toBe(
      'expected a package id, one of "pro", "enterprise", "none"; got "gold"',
    );
  });
  test('termId accepts terms and their numbered items', () => {
    for (const ok of ['T1', 'T16', 'T11.4']) expect(termId.safeParse(ok).success).toBe(true);
    for (const bad of ['t1', 'T', 'T11.', 'T1.2.3', 'X11']) expect(termId.safeParse(bad).success).toBe(false);
  });
  test('text says when a field is missing, and refuses blank text', () => {
    expect(text.safeParse(undefined).error?.issues[0]?.message).toBe('required: this field is missing');
    expect(text.safeParse('   ').error?.issues[0]?.message).toBe('expected non-empty text');
    expect(text.safeParse(3).error?.issues[0]?.message).toBe('expected text; got number');
  });
});
