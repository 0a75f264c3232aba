/**
 * Schema of content/packages/*.mdx: one page per support package. What each
 * package covers is not here: it comes from the coverage rules in
 * content/coverage/, so it is stated in one place only.
 */
import { z } from 'astro/zod';
import { CHANNELS, PRIORITIES } from '../coverage/ids';
import { keywords } from './keywords';
import { termId, text } from './primitives';

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
  /** The terms that set the channel, e.g. ["T11.5"]. Default []. */
  channelTerms: z.array(termId).default([]),
  /** How cases are prioritised: "highest", "best-effort" or "none". */
  priority: z.enum(PRIORITIES),
  /** The terms that set the priority and response expectations, e.g. ["T10"]. Default []. */
  priorityTerms: z.array(termId).default([]),
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
  /** Search words prospects use for this package that the page may not say itself, e.g. ["price", "buy"]. Default []. See ./keywords.ts. */
  keywords,
  /** Terms the page as a whole rests on, e.g. ["T1", "T2", "T3"]. */
  terms: z.array(termId).min(1, { error: 'cite at least one term id' }),
});
export type PackageData = z.infer<typeof packageSchema>;
