/** Where the form starts: the saved draft, the checker's link laid over it, and no crash on bad storage. */
import { describe, expect, test } from 'vitest';
import { initialDraft } from '../../../src/islands/ticket/initial-draft';
import { DRAFT_STORAGE_KEY, emptyDraft, serializeDraft } from '../../../src/ticket/draft';
import { KEY, completeDraft } from '../../helpers/ticket-draft';
import { toCheckParams } from '../../../src/lib/check-params';
import { checkRequestOf } from '../../../src/ticket/validate';

/** A Storage holding at most one draft; `broken` makes every read throw, as a blocked localStorage does. */
function storage(value: string | null, broken = false): Storage {
  return {
    getItem: (key: string) => {
      if (broken) throw new DOMException('blocked', 'SecurityError');
      return key === DRAFT_STORAGE_KEY ? value : null;
    },
  } as Storage;
}
const UUID = /^[0-9a-f-]{36}$/;
const saved = serializeDraft(completeDraft(), new Date('2026-11-26T09:30:00Z'), KEY);

describe('initialDraft', () => {
  test('no link, no draft: an empty form and nothing to say', () => {
    expect(initialDraft('', storage(null))).toEqual({
      draft: emptyDraft(),
      key: expect.stringMatching(UUID),
      notices: [],
      message: '',
      fromChecker: false,
      stored: null,
    });
  });

  test('a saved draft is restored and the customer is told when it was saved', () => {
    const start = initialDraft('', storage(saved));
    expect(start.draft).toEqual(completeDraft());
    expect(start.key, 'the restored draft keeps its idempotency key').toBe(KEY);
    expect(start.message).toMatch(/^Your draft from 26 November 2026.* was restored from this browser\.$/);
    expect(start.stored, 'kept as read, so a save can tell whether another tab saved since').toBe(saved);
  });

  test("the link's answers replace the draft's checker answers, all six, and keep the rest", () => {
    const start = initialDraft('?package=enterprise&topic=platform-upgrade', storage(saved));
    expect(start.draft).toMatchObject({
      package: 'enterprise',
      topic: 'platform-upgrade',
      modified: '',
      supportStart: '',
      agents: '',
      bots: '',
    });
    expect(start.draft.subject).toBe(completeDraft().subject);
    expect(start.message).toContain('The package and request details come from the link you followed.');
    expect(start.fromChecker, 'a restored draft is shown as the customer left it').toBe(false);
  });

  test("reloading the draft's own address restores it as typed, without crediting a link", () => {
    // The form writes the draft's answers into the address; a size it cannot use is left out of it.
    const typed = completeDraft({ agents: '-3' });
    const own = `?${toCheckParams(checkRequestOf(typed))}`;
    const start = initialDraft(own, storage(serializeDraft(typed, new Date('2026-11-26T09:30:00Z'), KEY)));
    expect(start.draft).toEqual(typed);
    expect(start.message).toMatch(/^Your draft from 26 November 2026.* was restored from this browser\.$/);
    expect(start.message).not.toContain('link');
  });

  test("a fresh form from the checker's link says so, so its answers can be summarised", () => {
    expect(initialDraft('?package=enterprise&topic=bug-fix&modified=no', storage(null)).fromChecker).toBe(true);
    expect(initialDraft('?utm_source=mail', storage(null)).fromChecker).toBe(false);
  });

  test('a link with nothing the checker uses leaves the draft alone, and says what it ignored', () => {
    const start = initialDraft('?utm_source=mail', storage(saved));
    expect(start.draft).toEqual(completeDraft());
    expect(start.notices.map((n) => n.message)).toEqual(['The parameter "utm_source" is not one the checker uses, so it was ignored.']);
  });

  test('bad values in the link are notices, never answers', () => {
    const start = initialDraft('?package=gold&modified=maybe&agents=-3&start=2026-02-30', storage(null));
    expect(start.draft).toEqual(emptyDraft());
    expect(start.notices.map((n) => n.param)).toEqual(['package', 'modified', 'agents', 'start']);
  });

  test('a blocked or corrupt storage starts an empty form, saying why when there is something to say', () => {
    expect(initialDraft('', storage(null, true))).toEqual({
      draft: emptyDraft(),
      key: expect.stringMatching(UUID),
      notices: [],
      message: '',
      fromChecker: false,
      stored: null,
    });
    expect(initialDraft('', undefined).draft).toEqual(emptyDraft());
    expect(initialDraft('', storage('{oops')).message).toBe('A draft saved in this browser could not be read, so the form starts empty.');
    expect(initialDraft('', storage('{oops')).stored, 'what the first save replaces').toBe('{oops');
  });
});
