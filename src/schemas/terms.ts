/** Schema of content/terms.yaml: the numbered support terms (support-terms.md). */
import { z } from 'astro/zod';
import { isoDate, termId, text } from './primitives';

export const TERM_GROUPS = ['general', 'enterprise', 'pro', 'modified-code'] as const;

export const termSchema = z.object({
  /** Term id, e.g. "T11" or one item of it, "T11.4". Stable: rules and links cite it. */
  id: termId,
  /** Which part of the vendor's page the term comes from. */
  group: z.enum(TERM_GROUPS),
  /** The term in our own words; the facts must match support-terms.md exactly. */
  statement: text,
});
export type Term = z.infer<typeof termSchema>;

/** The `edition:` block of content/terms.yaml: which statement of the terms this is, and since when it applies. */
export const termsEditionSchema = z.object({
  /** Version of the terms as stated here, e.g. "1". Raise it whenever a term changes meaning. */
  version: text,
  /** The date the terms apply from, quoted "YYYY-MM-DD" (shown as e.g. "6 April 2021"). */
  effective: isoDate,
});
export type TermsEdition = z.infer<typeof termsEditionSchema>;
