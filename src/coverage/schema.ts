/**
 * Schemas of the coverage data in content/coverage/: the topics a customer
 * can ask about, and for every package a rule per topic. Plain zod (no Astro)
 * so the build, the browser island and the tests share them.
 */
import { z } from 'zod';
import { CHANNELS, PACKAGE_IDS, PRIORITIES, TERM_ID_PATTERN, TOPIC_IDS } from './ids';

export const VERDICTS = ['covered', 'not-covered', 'not-stated'] as const;
export type RuleVerdict = (typeof VERDICTS)[number];

const quote = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

/** A term id from support-terms.md, e.g. "T11" or "T11.4". */
export const termId = z.string().regex(TERM_ID_PATTERN, {
  error: 'expected a term id such as "T11" or "T11.4" (see the terms in content/terms.yaml)',
});

/** One of the package ids in docs/ARCHITECTURE.md. */
export const packageId = z.enum(PACKAGE_IDS, {
  error: (issue) => `expected a package id, one of ${quote(PACKAGE_IDS)}; got ${JSON.stringify(issue.input)}`,
});

/** One of the topic ids in docs/ARCHITECTURE.md. */
export const topicId = z.enum(TOPIC_IDS, {
  error: (issue) => `expected a topic id, one of ${quote(TOPIC_IDS)}; got ${JSON.stringify(issue.input)}`,
});

const line = z
  .string({ error: (issue) => (issue.input === undefined ? 'required: this field is missing' : 'expected text') })
  .trim()
  .min(1, { error: 'expected non-empty text' });

const terms = z.array(termId).min(1, { error: 'cite at least one term id, e.g. ["T11.4"]; every rule needs one' });

/** content/coverage/topics.yaml: one entry per topic id. */
export const topicSchema = z.object({
  /** Topic id from docs/ARCHITECTURE.md; also the anchor of the topic on package pages. */
  id: topicId,
  /** Short label, as in a list of what a package includes, e.g. "Upgrades". */
  label: line,
  /** What the topic covers, in one sentence, shown under the label in the checker. */
  explanation: line,
});
export type Topic = z.infer<typeof topicSchema>;

/** A condition attached to a rule. */
export const conditionSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({
      /** A plain condition, stated to the customer as written, e.g. "documentation only". */
      kind: z.literal('note'),
      /** The condition in one sentence. */
      text: line,
    }),
    z.object({
      /**
       * A time window: covered only within `days` calendar days of the anchor
       * date. The checker asks for the anchor date (the `start` parameter).
       */
      kind: z.literal('window'),
      /** Length of the window in calendar days, e.g. 30. */
      days: z.int().positive(),
      /** What the days count from. Only the support package's start date exists today. */
      from: z.literal('support-start'),
      /** Whether the last day (day `days`) is still inside the window. Default true. */
      inclusive: z.boolean().default(true),
    }),
  ],
  { error: 'expected a condition with kind "note" (and text) or "window" (and days, from)' },
);
export type Condition = z.infer<typeof conditionSchema>;

/** What the terms say about one topic under one package. */
export const ruleSchema = z.object({
  /** The topic this rule answers. */
  topic: topicId,
  /** "covered", "not-covered", or "not-stated" where the terms are silent (never guess "covered"). */
  verdict: z.enum(VERDICTS),
  /** The terms the verdict rests on. At least one. */
  terms,
  /** The answer as the customer reads it, in plain words. */
  text: line,
  /** Conditions that limit a "covered" verdict. Default []. */
  conditions: z.array(conditionSchema).default([]),
  /** Channel through which the request is handled (or, for "not-stated", through which to ask). */
  channel: z.enum(CHANNELS),
  /** Priority the request gets through that channel. */
  priority: z.enum(PRIORITIES),
});
export type Rule = z.infer<typeof ruleSchema>;

/** content/coverage/rules/<package>.yaml: the package's rule for every topic. */
export const packageRulesSchema = z.object({
  /** One rule per topic id; the build fails on a missing or repeated topic. */
  rules: z.array(ruleSchema).min(1, { error: 'list one rule per topic' }),
});

/** content/coverage/policies.yaml: rules that override every package's. */
export const policiesSchema = z.object({
  /** Applies to any request about a component the customer has modified (T14–T16). */
  modified: z.object({
    verdict: z.literal('not-covered'),
    terms,
    text: line,
  }),
});
export type Policies = z.infer<typeof policiesSchema>;
