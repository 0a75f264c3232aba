/**
 * Where the form starts in this browser. The page is built with the form empty
 * (at build time there is no draft and no link), so the island can be hydrated
 * rather than drawn after load; the browser's own start (the saved draft, the
 * checker's link) is read once hydrated, before the first paint after it.
 */
import { useLayoutEffect, useState } from 'react';
import { emptyDraft, isEmptyDraft, newDraftKey } from '../../ticket/draft';
import { draftStorage, initialDraft, type InitialDraft } from './initial-draft';

/**
 * Set on <html> by ticket.astro's inline script when the page has a link or a
 * saved draft to apply: the built form would be replaced as soon as the script
 * runs, so it is kept out of sight until then (ticket.css).
 */
export const TICKET_PENDING_ATTRIBUTE = 'data-ticket-pending';

const builtStart = (): InitialDraft => ({ draft: emptyDraft(), key: newDraftKey(), notices: [], message: '', fromChecker: false });

/** Nothing to apply: no draft, no answers from a link, no notice and nothing to say. */
const isBlank = (start: InitialDraft) =>
  isEmptyDraft(start.draft) && start.notices.length === 0 && start.message === '' && !start.fromChecker;

export interface BrowserStart {
  start: InitialDraft;
  /**
   * The browser's start has been read. Until then the form's controls are
   * disabled (what was typed before hydration would be lost) and nothing is
   * saved or written to the address.
   */
  hydrated: boolean;
}

export function useBrowserStart(): BrowserStart {
  const [state, setState] = useState<BrowserStart>(() => ({ start: builtStart(), hydrated: false }));
  // A layout effect: the found draft replaces the built form before the browser paints again.
  useLayoutEffect(() => {
    const found = initialDraft(location.search, draftStorage());
    setState((built) => ({ start: isBlank(found) ? built.start : found, hydrated: true }));
    document.documentElement.removeAttribute(TICKET_PENDING_ATTRIBUTE);
  }, []);
  return state;
}
