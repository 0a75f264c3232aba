/**
 * Keeps the draft saved in this browser as the customer types, and never
 * silently overwrites a newer draft saved by another tab: when another tab
 * saves (or deletes) the draft, this tab stops saving and offers the choice
 * ("load the newer draft" or "keep mine") until the customer makes it.
 * Nothing is saved before `hydrated`: the form built at build time is empty, and
 * saving it would delete the draft it is about to restore.
 */
import { useEffect, useRef, useState } from 'react';
import {
  DRAFT_STORAGE_KEY,
  emptyDraft,
  isEmptyDraft,
  newDraftKey,
  parseDraft,
  sameDraft,
  serializeDraft,
  type Draft,
} from '../../ticket/draft';
import { draftStorage } from './initial-draft';

/** What another tab left in storage. */
export interface OtherTabDraft {
  /** undefined: the other tab deleted the draft (sent it, or started over). */
  draft: Draft | undefined;
  key: string | undefined;
  savedAt: Date | undefined;
}

export interface DraftStorage {
  /** Why the draft cannot be saved, for the customer; empty when it is saved. */
  problem: string;
  /** A draft another tab saved since this one last did, waiting for the customer's choice. */
  otherTab: OtherTabDraft | undefined;
  /** Takes the other tab's draft (or an empty form, if it was deleted). */
  loadOther: () => void;
  /** Keeps this tab's draft and saves it over the other one, as the customer asked. */
  keepMine: () => void;
}

export function useDraftStorage(draft: Draft, key: string, hydrated: boolean, replace: (draft: Draft, key: string) => void): DraftStorage {
  const [problem, setProblem] = useState('');
  const [otherTab, setOtherTab] = useState<OtherTabDraft | undefined>();
  const current = useRef(draft);
  current.current = draft;

  useEffect(() => {
    if (!hydrated) return;
    if (otherTab) return; // the customer has not chosen yet: saving now would overwrite the other tab's draft
    const storage = draftStorage();
    try {
      if (!storage) throw new Error('no storage');
      if (isEmptyDraft(draft)) storage.removeItem(DRAFT_STORAGE_KEY);
      else storage.setItem(DRAFT_STORAGE_KEY, serializeDraft(draft, new Date(), key));
      setProblem('');
    } catch {
      setProblem('This browser does not let the page save your draft: keep this tab open until you have sent the request.');
    }
  }, [draft, key, otherTab, hydrated]);

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      // key null: another tab cleared all of this site's storage.
      if (event.key !== DRAFT_STORAGE_KEY && event.key !== null) return;
      if (event.storageArea && event.storageArea !== draftStorage()) return;
      const load = parseDraft(event.newValue);
      const theirs = load.state === 'restored' ? load.draft : undefined;
      // The same answers (a save of what this tab already shows, or an empty form both ways) need no choice.
      if (sameDraft(theirs ?? emptyDraft(), current.current)) {
        setOtherTab(undefined);
        return;
      }
      setOtherTab({
        draft: theirs,
        key: load.state === 'restored' ? load.key : undefined,
        savedAt: load.state === 'restored' ? load.savedAt : undefined,
      });
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  return {
    problem,
    otherTab,
    loadOther: () => {
      if (!otherTab) return;
      replace(otherTab.draft ?? emptyDraft(), otherTab.key ?? newDraftKey());
      setOtherTab(undefined);
    },
    keepMine: () => setOtherTab(undefined),
  };
}
