/** Schema of content/packages/*.mdx: one page per support package. */
import { z } from 'astro/zod';
import { CHANNELS, PRIORITIES } from '../coverage/ids';
import { slug, termId, text } from './primitives';

const coverageItemSchema = z.object({
  /** Stable anchor on the package page (`/packages/pro/#bug-fix`); the checker links to it. */
  id: slug,
  /** What is included or excluded, in one line. */
  label: text,
  /** The terms that state it, e.g. ["T11.4"]. At least one. */
  terms: z.array(termId).min(1, { error: 'cite at least one term id, e.g. ["T11.4"]' }),
});
export type CoverageItem = z.infer<typeof coverageItemSchema>;

export const packageSchema = z.object({
  /** Page title, e.g. "Pro support package". */
  title: text,
  /** Short name used in tables and buttons, e.g. "Pro". */
  name: text,
  /** One sentence: what the package is. */
  summary: text,
  /** Position on the packages overview, lowest first. */
  order: z.int().min(0),
  /** Who the package is for, one line each. */
  audience: z.array(text).min(1, { error: 'say who the package is for, one line each' }),
  /** How support is reached: "email", "ticket" or "none". */
  channel: z.enum(CHANNELS),
  /** How cases are prioritised: "highest", "best-effort" or "none". */
  priority: z.enum(PRIORITIES),
  /** What to expect of response times, in one or two sentences. */
  response: text,
  /**
   * Size guidance: a recommendation, never a condition of coverage (T9).
   * Omit for packages with no size guidance.
   */
  sizeGuidance: z
    .object({
      /** Recommended when the deployment has fewer agents than this. */
      agentsBelow: z.int().positive(),
      /** Recommended when the deployment has fewer bots than this. */
      botsBelow: z.int().positive(),
      /** The terms that give the guidance, e.g. ["T9"]. */
      terms: z.array(termId).min(1),
    })
    .optional(),
  /** What the package includes. Empty for "none". Default []. */
  includes: z.array(coverageItemSchema).default([]),
  /** What the package explicitly excludes. Default []. */
  excludes: z.array(coverageItemSchema).default([]),
  /** Terms the page as a whole rests on, e.g. ["T1", "T2", "T3"]. */
  terms: z.array(termId).min(1, { error: 'cite at least one term id' }),
});
export type PackageData = z.infer<typeof packageSchema>;
