/**
 * The ticket draft as the form holds it (raw strings, as typed) and as the
 * browser stores it. Whatever sits under the storage key may be corrupt, from
 * an older version of the form, or planted by another script: parseDraft reads
 * only the fields it knows, only as the types it expects, and never throws.
 */
import { MAX_LENGTH, REQUEST_FIELDS, TEXT_FIELDS, type TextField } from './fields';
import { isRecord } from './is-record';
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
  /**
   * The draft's idempotency key: sent with the request (the endpoint's
   * Idempotency-Key header, the Tiledesk request id), so a retry of the same
   * draft is recognised as the same request. A new draft gets a new key.
   */
  key: string;
  fields: Draft;
}

/** A fresh idempotency key: a random UUID (hex from getRandomValues where randomUUID needs a secure page). */
export function newDraftKey(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** What a stored key may look like: letters, digits and dashes, 16–64 of them (a UUID is 36). */
const KEY_PATTERN = /^[A-Za-z0-9-]{16,64}$/;

export function serializeDraft(draft: Draft, savedAt: Date, key: string): string {
  const stored: StoredDraft = { version: DRAFT_VERSION, savedAt: savedAt.toISOString(), key, fields: draft };
  return JSON.stringify(stored);
}

export type DraftLoad =
  /** `key` is undefined when the stored one is missing or malformed: the caller makes a new one. */
  | { state: 'restored'; draft: Draft; savedAt: Date | undefined; key: string | undefined }
  | { state: 'none' }
  /** Something was stored but could not be used; the form starts empty and says so. */
  | { state: 'unreadable'; reason: 'corrupt' | 'other-version' };

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
  const key = typeof stored['key'] === 'string' && KEY_PATTERN.test(stored['key']) ? stored['key'] : undefined;
  return { state: 'restored', draft, savedAt: savedAt && !Number.isNaN(savedAt.getTime()) ? savedAt : undefined, key };
}

/** True when two drafts hold the same answers. */
export const sameDraft = (a: Draft, b: Draft) =>
  TEXT_FIELDS.every((field) => a[field] === b[field]) &&
  a.acknowledgedVerdict === b.acknowledgedVerdict &&
  a.components.length === b.components.length &&
  a.components.every((c, i) => b.components[i] === c);

/** True when nothing has been typed or chosen. */
export const isEmptyDraft = (draft: Draft) =>
  TEXT_FIELDS.every((field) => draft[field] === '') && draft.components.length === 0 && !draft.acknowledgedVerdict;

/** True when anything after the coverage questions (contact, installation, problem) has been typed or chosen. */
export const hasDetails = (draft: Draft) =>
  TEXT_FIELDS.some((field) => !REQUEST_FIELDS.has(field) && draft[field] !== '') || draft.components.length > 0;
