/** Drafts in localStorage: restored exactly when sound, and never a crash when not. */
import { describe, expect, test } from 'vitest';
import {
  DRAFT_VERSION,
  emptyDraft,
  hasDetails,
  isEmptyDraft,
  newDraftKey,
  parseDraft,
  sameDraft,
  serializeDraft,
} from '../../../src/ticket/draft';
import { KEY, completeDraft } from '../../helpers/ticket-draft';

const stored = (fields: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ version: DRAFT_VERSION, savedAt: '2026-11-26T09:30:00.000Z', fields, ...extra });

describe('parseDraft', () => {
  test('restores what serializeDraft stored, with the time it was saved and its idempotency key', () => {
    const draft = completeDraft({ acknowledgedVerdict: true });
    const load = parseDraft(serializeDraft(draft, new Date('2026-11-26T09:30:00Z'), KEY));
    expect(load).toEqual({ state: 'restored', draft, savedAt: new Date('2026-11-26T09:30:00Z'), key: KEY });
  });

  test('a missing or malformed key is dropped (the form makes a new one), the draft kept', () => {
    for (const key of [undefined, 42, 'short', 'has spaces in it, sixteen+', 'x'.repeat(65), '<script>alert(1)</script>']) {
      const load = parseDraft(stored({ name: 'Ada' }, { key }));
      expect(load).toMatchObject({ state: 'restored', key: undefined });
    }
  });

  test('nothing stored is not a problem', () => {
    expect(parseDraft(null)).toEqual({ state: 'none' });
    expect(parseDraft('')).toEqual({ state: 'none' });
  });

  test.each(['{', 'null', '42', '"text"', '[]', '{"version":1}', '{"version":1,"fields":[]}', '{"version":1,"fields":"x"}'])(
    'corrupt data %s is reported, not thrown',
    (raw) => {
      expect(parseDraft(raw)).toEqual({ state: 'unreadable', reason: 'corrupt' });
    },
  );

  test('a draft of another version is not restored', () => {
    for (const version of [0, 2, '1', null]) {
      expect(parseDraft(stored(completeDraft(), { version }))).toEqual({ state: 'unreadable', reason: 'other-version' });
    }
  });

  test('wrong types become empty answers, unknown fields and components are dropped', () => {
    const load = parseDraft(
      stored({
        name: 42,
        email: ['a'],
        subject: 'Kept',
        components: ['widget', 7, 'kernel', 'widget', 'server'],
        acknowledgedVerdict: 'yes',
        evil: '<script>',
      }),
    );
    expect(load.state).toBe('restored');
    if (load.state !== 'restored') return;
    expect(load.draft).toEqual({ ...emptyDraft(), subject: 'Kept', components: ['server', 'widget'] });
    expect(Object.keys(load.draft)).not.toContain('evil');
  });

  test('"__proto__" and "constructor" keys pollute nothing', () => {
    const load = parseDraft(
      `{"version":1,"fields":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"name":"Ada"}}`,
    );
    expect(load.state).toBe('restored');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    if (load.state === 'restored') expect((load.draft as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('absurdly long values are cut, still long enough to show the "too long" error', () => {
    const load = parseDraft(stored({ subject: 'x'.repeat(1_000_000) }));
    if (load.state !== 'restored') throw new Error('expected a restored draft');
    expect(load.draft.subject.length).toBe(300);
  });

  test('a bad save time is dropped, the draft kept', () => {
    const load = parseDraft(stored({ name: 'Ada' }, { savedAt: 'yesterday' }));
    expect(load).toMatchObject({ state: 'restored', savedAt: undefined });
  });
});

test('isEmptyDraft', () => {
  expect(isEmptyDraft(emptyDraft())).toBe(true);
  expect(isEmptyDraft({ ...emptyDraft(), components: ['server'] })).toBe(false);
  expect(isEmptyDraft({ ...emptyDraft(), name: 'A' })).toBe(false);
});

test('hasDetails: anything after the coverage questions, not the coverage answers themselves', () => {
  expect(hasDetails(emptyDraft())).toBe(false);
  expect(
    hasDetails({ ...emptyDraft(), package: 'pro', topic: 'bug-fix', modified: 'no', supportStart: '2026-01-01', agents: '3', bots: '1' }),
  ).toBe(false);
  expect(hasDetails({ ...emptyDraft(), acknowledgedVerdict: true })).toBe(false);
  expect(hasDetails({ ...emptyDraft(), name: 'A' })).toBe(true);
  expect(hasDetails({ ...emptyDraft(), logs: 'x' })).toBe(true);
  expect(hasDetails({ ...emptyDraft(), components: ['server'] })).toBe(true);
});

test('newDraftKey: a fresh random UUID each time', () => {
  const keys = new Set(Array.from({ length: 50 }, newDraftKey));
  expect(keys.size).toBe(50);
  for (const key of keys) expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});

test('sameDraft compares every answer, components in order', () => {
  expect(sameDraft(completeDraft(), completeDraft())).toBe(true);
  expect(sameDraft(completeDraft(), completeDraft({ subject: 'Other' }))).toBe(false);
  expect(sameDraft(completeDraft(), completeDraft({ components: ['widget'] }))).toBe(false);
  expect(sameDraft(completeDraft(), completeDraft({ acknowledgedVerdict: true }))).toBe(false);
  expect(sameDraft(emptyDraft(), emptyDraft())).toBe(true);
});
