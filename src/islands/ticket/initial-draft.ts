/**
 * Where the form starts: the draft saved in this browser, with the checker's
 * answers from the link laid over it. Runs once, in the browser only, after
 * hydration (use-browser-start.ts), and never throws: storage may be blocked, the draft
 * corrupt, the link hostile.
 */
import { readableLocalDate, readableLocalTime } from '../../coverage/dates';
import { CHECK_PARAMS, parseCheckParams, toCheckParams, type Notice } from '../../lib/check-params';
import { DRAFT_STORAGE_KEY, emptyDraft, newDraftKey, parseDraft, type Draft, type DraftLoad } from '../../ticket/draft';
import { checkRequestOf, draftFieldsOf } from '../../ticket/validate';

/** localStorage, or undefined where the browser blocks it (reading the property can throw). */
export function draftStorage(): Storage | undefined {
  try {
    return window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export interface InitialDraft {
  draft: Draft;
  /** The draft's idempotency key: the stored one, or a new one. */
  key: string;
  /** What was ignored in the link, as text to show (never as HTML). */
  notices: Notice[];
  /** What happened to a saved draft, for the customer; empty when there was none. */
  message: string;
  /** The checker's answers came with the link into a fresh form (no draft restored): they can be summarised. */
  fromChecker: boolean;
  /**
   * The stored draft exactly as it was read (null: none, or storage blocked). Another tab may save
   * before this one listens for its saves; use-draft-storage.ts compares with this before saving.
   */
  stored: string | null;
}

// Not toLocaleString(): this runs while a restored draft keeps the form out of sight, and the first Intl
// formatter costs 30-50 ms (src/coverage/dates.ts).
const savedWhen = (date: Date) => `${readableLocalDate(date)} at ${readableLocalTime(date)}`;

export function initialDraft(search: string, storage: Storage | undefined): InitialDraft {
  const params = new URLSearchParams(search);
  const fromLink = CHECK_PARAMS.some((param) => params.has(param));
  const { request, notices } = parseCheckParams(params);

  let stored: string | null = null;
  let load: DraftLoad;
  try {
    stored = storage?.getItem(DRAFT_STORAGE_KEY) ?? null;
    load = parseDraft(stored);
  } catch {
    load = { state: 'none' };
  }
  let draft = load.state === 'restored' ? load.draft : emptyDraft();
  // The form keeps the address in step with the draft's answers, so reloading the page brings back the
  // draft's own link: nothing came from elsewhere, and the draft stays exactly as typed.
  const ownAddress =
    load.state === 'restored' && toCheckParams(checkRequestOf(load.draft)).toString() === toCheckParams(request).toString();
  // Any other link's answers win over the draft's.
  const otherLink = fromLink && !ownAddress;
  if (otherLink) draft = { ...draft, ...draftFieldsOf(request) };

  let message = '';
  if (load.state === 'restored') {
    message = `Your draft${load.savedAt ? ` from ${savedWhen(load.savedAt)}` : ''} was restored from this browser.`;
    if (otherLink) message += ' The package and request details come from the link you followed.';
  } else if (load.state === 'unreadable') {
    message =
      load.reason === 'corrupt'
        ? 'A draft saved in this browser could not be read, so the form starts empty.'
        : 'A draft saved by another version of this form could not be restored, so the form starts empty.';
  }
  const key = (load.state === 'restored' ? load.key : undefined) ?? newDraftKey();
  return { draft, key, notices, message, fromChecker: fromLink && load.state !== 'restored', stored };
}
