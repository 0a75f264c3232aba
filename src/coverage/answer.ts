/** The shapes of a coverage question and of the engine's answer. */
import type { Channel, PackageId, Priority, TopicId } from './ids';
import type { RuleVerdict } from './schema';

/** A checker question. Every field is optional: missing answers become "needs-info". */
export interface CheckRequest {
  package?: PackageId | undefined;
  topic?: TopicId | undefined;
  /** Does the request concern a component the customer has modified? */
  modified?: boolean | undefined;
  /** The support package's start date, "YYYY-MM-DD". */
  start?: string | undefined;
  agents?: number | undefined;
  bots?: number | undefined;
}

export type Verdict = RuleVerdict | 'needs-info';

/** A question the customer has not answered yet, in the order the checker asks them. */
export type MissingAnswer = 'package' | 'topic' | 'modified' | 'start';

/** One reason behind an answer, with the terms that state it. */
export interface Reason {
  text: string;
  terms: string[];
}

export type NextStep =
  /** Covered: send the request through the package's channel. */
  | { kind: 'send'; channel: Channel; text: string; terms: string[] }
  /** The terms are silent: ask someone who can commit the vendor. */
  | { kind: 'ask'; whom: 'account-manager' | 'sales'; text: string; terms: string[] }
  /** Not covered here, but another package covers it. */
  | { kind: 'covered-by'; package: PackageId; text: string; terms: string[] }
  /** Change behaviour through the extension points instead of the code (T13). */
  | { kind: 'extend'; text: string; terms: string[] }
  /** Compare the packages: without one, nothing is covered. */
  | { kind: 'compare'; text: string; terms: string[] }
  /** Ask the community, open to everyone. */
  | { kind: 'community'; text: string; terms: string[] }
  /** The support start date is after today: correct it if it is wrong. */
  | { kind: 'check-date'; text: string; terms: string[] }
  /** Answer the questions that are still open. */
  | { kind: 'answer'; missing: MissingAnswer[]; text: string; terms: string[] };

export interface Answer {
  verdict: Verdict;
  /** Why, each with its terms; the first is the main reason. */
  reasons: Reason[];
  /** Conditions the customer must meet for a "covered" answer to hold. */
  conditions: string[];
  channel: Channel;
  priority: Priority;
  /** Every term the verdict cites, in document order. */
  terms: string[];
  /** "exceeds" where the deployment is larger than the package's size guidance (T9); never changes the verdict. */
  fit: 'ok' | 'exceeds';
  fitNote?: Reason | undefined;
  /** For "needs-info": which answers are missing. */
  missing: MissingAnswer[];
  next: NextStep[];
}
