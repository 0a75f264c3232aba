/**
 * Schema of content/support/severities.yaml: the severity levels a ticket can
 * carry, the vendor's published Service Level Targets (SLTs), and what those
 * targets mean under each package. The ticket form shows all of it inline.
 */
import { z } from 'astro/zod';
import { PACKAGE_IDS } from '../coverage/ids';
import { unknownTerms } from '../coverage/validate';
import { SEVERITY_LEVELS } from '../ticket/options';
import { httpsUrl, termId, text } from './primitives';

const levelSchema = z.object({
  /** 1 (most urgent) to 4; each level appears once, in order. */
  level: z.literal(SEVERITY_LEVELS, { error: 'expected a severity level: 1, 2, 3 or 4' }),
  /** The vendor's title of the level, exactly as its SLT table writes it, e.g. "Production System Down". */
  title: text,
  /** What the level means, in our own words, in two or three sentences. */
  definition: text,
  /** For editors only, never shown on the site: where the definition comes from, what is uncertain or missing. Optional. */
  editorNote: text.optional(),
  /** The published target for the first response, exactly as the vendor writes it, e.g. "2 business hours". */
  firstResponse: text,
  /** The published target for later updates, e.g. "every business hour". */
  updates: text,
});
export type SeverityDefinition = z.infer<typeof levelSchema>;

const packageTargetsSchema = z.object({
  /** true where the published targets are shown as this package's (subject to the purchase order); false where none apply. */
  targets: z.boolean({ error: 'expected true or false: do the published targets apply to this package?' }),
  /** What a customer of this package can expect, in one to three sentences. */
  text,
  /** The terms that say so, e.g. ["T10"]. */
  terms: z.array(termId).min(1, { error: 'cite at least one term id, e.g. ["T10"]' }),
});

export const severitiesSchema = z.object({
  /** The four levels, 1 to 4 in that order. */
  levels: z.array(levelSchema).refine((levels) => levels.map((l) => l.level).join() === SEVERITY_LEVELS.join(), {
    error: `list each severity level exactly once, in the order ${SEVERITY_LEVELS.join(', ')}`,
  }),
  /** Where the targets come from and when they hold. */
  targets: z.object({
    /** Which installations the vendor says the targets cover, e.g. "Cloud and On-premise installations". */
    installations: text,
    /** The vendor pages that publish the targets, each with the plan it attaches them to. They disagree: list both. */
    sources: z
      .array(
        z.object({
          /** Address of the vendor page. */
          url: httpsUrl,
          /** The plan that page names, exactly, e.g. "Enterprise Plan". */
          plan: text,
        }),
      )
      .min(1, { error: 'list at least one source page' }),
    /** Conditions the vendor puts on the targets, one sentence each. */
    conditions: z.array(text).min(1, { error: 'list the conditions, one sentence each' }),
    /** What the targets measure and what they do not, in one or two sentences. */
    note: text,
  }),
  /** Per package: whether the published targets apply, and what to expect instead. One entry per package id. */
  packages: z.record(z.enum(PACKAGE_IDS), packageTargetsSchema, {
    error: `expected one entry per package: ${PACKAGE_IDS.join(', ')}`,
  }),
});
export type Severities = z.infer<typeof severitiesSchema>;

/** Every term the file cites must exist (a schema cannot see content/terms.yaml). */
export function checkSeverityTerms(data: Severities, termIds: Set<string>, file = 'content/support/severities.yaml') {
  return Object.entries(data.packages).flatMap(([pkg, entry]) => unknownTerms(entry.terms, termIds, file, `packages.${pkg}.terms`, 'T10'));
}
