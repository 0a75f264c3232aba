/**
 * The ticket draft as the form holds it (raw strings, as typed) and as the
 * browser stores it. Whatever sits under the storage key may be corrupt, from
 * an older version of the form, or planted by another script: parseDraft reads
 * only the fields it knows, only as the types it expects, and never throws.
 */
import { MAX_LENGTH, TEXT_FIELDS, type TextField } from './fields';
import { COMPONENTS } from './options';

/** localStorage key of the draft. */
export const DRAFT_STORAGE_KEY = 'tiledesk-portal:ticket-draft';
/** Bumped when the stored shape changes; a draft of another version is not restored. */
export const DRAFT_VERSION = 1;

export type Draft = Record<TextField, string> & {
  /** Component ids, in the order of the list. */
  components: string[];
  acknowledgedVerdict: boolean;
};

export function emptyDraft(): Draft {
  const draft = { components: [], acknowledgedVerdict: false } as unknown as Draft;
  for (const field of TEXT_FIELDS) draft[field] = '';
  return draft;
}

interface StoredDraft {
  version: number;
  /** When it was saved, ISO 8601. */
  savedAt: string;
  fields: Draft;
}

export function serializeDraft(draft: Draft, savedAt: Date): string {
  const stored: StoredDraft = { version: DRAFT_VERSION, savedAt: savedAt.toISOString(), fields: draft };
  return JSON.stringify(stored);
}

export type DraftLoad =
  | { state: 'restored'; draft: Draft; savedAt: Date | undefined }
  | { state: 'none' }
  /** Something was stored but could not be used; the form starts empty and says so. */
  | { state: 'unreadable'; reason: 'corrupt' | 'other-version' };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const COMPONENT_IDS: readonly string[] = COMPONENTS.map((c) => c.id);
/** A stored value longer than this is cut: twice the field's limit still shows the "too long" error. */
const keep = (field: TextField, value: string) => value.slice(0, MAX_LENGTH[field] * 2);

/** Reads a stored draft. Unknown fields are ignored, wrong types become empty, nothing throws. */
export function parseDraft(raw: string | null | undefined): DraftLoad {
  if (raw === null || raw === undefined || raw === '') return { state: 'none' };
  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch {
    return { state: 'unreadable', reason: 'corrupt' };
  }
  if (!isRecord(stored) || !isRecord(stored['fields'])) return { state: 'unreadable', reason: 'corrupt' };
  if (stored['version'] !== DRAFT_VERSION) return { state: 'unreadable', reason: 'other-version' };

  const fields = stored['fields'];
  const draft = emptyDraft();
  for (const field of TEXT_FIELDS) {
    // Own properties only: a key such as "__proto__" or "constructor" in the JSON is never followed.
    const value = Object.hasOwn(fields, field) ? fields[field] : undefined;
    if (typeof value === 'string') draft[field] = keep(field, value);
  }
  const components = Object.hasOwn(fields, 'components') ? fields['components'] : undefined;
  if (Array.isArray(components)) {
    const chosen = new Set(components.filter((c): c is string => typeof c === 'string'));
    draft.components = COMPONENT_IDS.filter((id) => chosen.has(id));
  }
  draft.acknowledgedVerdict = fields['acknowledgedVerdict'] === true;

  const savedAt = typeof stored['savedAt'] === 'string' ? new Date(stored['savedAt']) : undefined;
  return { state: 'restored', draft, savedAt: savedAt && !Number.isNaN(savedAt.getTime()) ? savedAt : undefined };
}

/** True when nothing has been typed or chosen. */
export const isEmptyDraft = (draft: Draft) =>
  TEXT_FIELDS.every((field) => draft[field] === '') && draft.components.length === 0 && !draft.acknowledgedVerdict;
