/**
 * Where the form starts in this browser. The page is built with the form empty
 * (at build time there is no draft and no link), so the island can be hydrated
 * rather than drawn after load; the browser's own start (the saved draft, the
 * checker's link) is read once hydrated.
 */
import { startTransition, useEffect, useState } from 'react';
import { emptyDraft, isEmptyDraft, newDraftKey } from '../../ticket/draft';
import { showIsland } from '../shared/island-pending';
import { draftStorage, initialDraft, type InitialDraft } from './initial-draft';

// stored: null holds for a kept built start too, since a blank start found no draft (isBlank: no message).
const builtStart = (): InitialDraft => ({
  draft: emptyDraft(),
  key: newDraftKey(),
  notices: [],
  message: '',
  fromChecker: false,
  stored: null,
});

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
  useEffect(() => {
    const found = initialDraft(location.search, draftStorage());
    // A transition, as Astro's hydration is: React renders the form again in slices between which the
    // browser stays responsive, instead of in one long task (Lighthouse's Total Blocking Time).
    startTransition(() => setState((built) => ({ start: isBlank(found) ? built.start : found, hydrated: true })));
  }, []);
  // Shown once the form holds the browser's start: the effect runs after that render is committed.
  useEffect(() => {
    if (state.hydrated) showIsland();
  }, [state.hydrated]);
  return state;
}
