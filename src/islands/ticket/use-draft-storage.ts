/**
 * Keeps the draft saved in this browser as the customer types, and never
 * silently overwrites a newer draft saved by another tab: when another tab
 * saves (or deletes) the draft, this tab stops saving and offers the choice
 * ("load the newer draft" or "keep mine") until the customer makes it.
 * Nothing is saved before `hydrated`: the form built at build time is empty, and
 * saving it would delete the draft it is about to restore.
 *
 * A storage event can be missed: one that comes while the form starts from a
 * restored draft reaches the form being replaced. So each save first checks
 * that storage still holds what this tab last read, wrote or chose to keep, and
 * asks the customer if it does not.
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
  /** As stored, to recognise it when the customer has chosen. */
  raw: string | null;
}

function otherTabDraft(raw: string | null): OtherTabDraft {
  const load = parseDraft(raw);
  return load.state === 'restored'
    ? { draft: load.draft, key: load.key, savedAt: load.savedAt, raw }
    : { draft: undefined, key: undefined, savedAt: undefined, raw };
}

/** The other tab's draft holds what this tab shows (a save of the same answers, or an empty form both ways). */
const showsTheSame = (other: OtherTabDraft, draft: Draft) => sameDraft(other.draft ?? emptyDraft(), draft);

export interface DraftStorage {
  /** Why the draft cannot be saved, for the customer; empty when it is saved. */
  problem: string;
  /** A draft another tab saved since this one last did, waiting for the customer's choice. */
  otherTab: OtherTabDraft | undefined;
  /** Takes the other tab's draft (or an empty form, if it was deleted). */
  loadOther: () => void;
  /** Keeps this tab's draft and saves it over the other one, as the customer asked. */
  keepMine: () => void;
  /** Deletes this tab's draft once it is sent; a newer one another tab saved meanwhile is left for that tab. */
  forget: () => void;
}

export function useDraftStorage(
  draft: Draft,
  key: string,
  /** The stored draft as the form's start read it (InitialDraft.stored). */
  startStored: string | null,
  hydrated: boolean,
  replace: (draft: Draft, key: string) => void,
): DraftStorage {
  const [problem, setProblem] = useState('');
  const [otherTab, setOtherTab] = useState<OtherTabDraft | undefined>();
  const current = useRef(draft);
  current.current = draft;
  // What storage held when this tab last read, wrote or chose it: anything else there came from another tab.
  const known = useRef(startStored);

  useEffect(() => {
    if (!hydrated) return;
    if (otherTab) return; // the customer has not chosen yet: saving now would overwrite the other tab's draft
    const storage = draftStorage();
    try {
      if (!storage) throw new Error('no storage');
      const stored = storage.getItem(DRAFT_STORAGE_KEY);
      if (stored !== known.current) {
        const other = otherTabDraft(stored);
        if (!showsTheSame(other, draft)) {
          setOtherTab(other);
          return;
        }
      }
      const saving = isEmptyDraft(draft) ? null : serializeDraft(draft, new Date(), key);
      if (saving === null) storage.removeItem(DRAFT_STORAGE_KEY);
      else storage.setItem(DRAFT_STORAGE_KEY, saving);
      known.current = saving;
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
      const other = otherTabDraft(event.newValue);
      if (showsTheSame(other, current.current)) {
        known.current = event.newValue;
        setOtherTab(undefined);
        return;
      }
      setOtherTab(other);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  return {
    problem,
    otherTab,
    loadOther: () => {
      if (!otherTab) return;
      known.current = otherTab.raw;
      replace(otherTab.draft ?? emptyDraft(), otherTab.key ?? newDraftKey());
      setOtherTab(undefined);
    },
    keepMine: () => {
      if (otherTab) known.current = otherTab.raw;
      setOtherTab(undefined);
    },
    forget: () => {
      try {
        const storage = draftStorage();
        if (!storage || storage.getItem(DRAFT_STORAGE_KEY) !== known.current) return;
        storage.removeItem(DRAFT_STORAGE_KEY);
        known.current = null;
      } catch {
        // Storage blocked: there was nothing saved to delete.
      }
    },
  };
}
