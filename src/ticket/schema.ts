/**
 * The ticket payload: what the form sends to a ticket endpoint, and the one
 * definition of what a valid ticket is. The form validates the customer's
 * answers with this schema, so the errors next to the fields, the email text
 * and the JSON sent to an endpoint all follow the same rules.
 *
 * Built with zod/mini (tree-shakable functions instead of methods): the schema
 * runs in the browser. Measured with esbuild (minified, gzip -9), validateTicket
 * and everything it pulls in weigh 10.6 KB with zod/mini and 29.7 KB with
 * classic zod; without zod they would be 3.0 KB.
 * Every check carries its own message, written to tell the customer how to fix
 * the answer (zod/mini loads no default messages).
 */
import * as z from 'zod/mini';
import { isRealIsoDate } from '../coverage/dates';
import { readableNumber } from '../coverage/readable-number';
import { PACKAGE_IDS, TERM_ID_PATTERN, TOPIC_IDS } from '../coverage/ids';
import { MAX_SIZE } from '../lib/check-params';
import { sizeError, type SizeName } from '../lib/size-words';
import { MAX_LENGTH, type TextField } from './fields';
import { COMPONENTS, ENVIRONMENTS, INSTALL_METHODS, SEVERITY_LEVELS } from './options';

/** Changes only when the shape of the payload changes. */
export const PAYLOAD_VERSION = 1;

// One check per rule and no `abort`: an aborted check would also stop the rules between fields, and the
// customer should see every error at once. An empty value and a short one share a check, with two messages.
const isEmpty = (issue: { input?: unknown }) => issue.input === '';

/** The message for text longer than its field allows. */
const tooLongFor = (field: TextField) => `Shorten this to ${readableNumber(MAX_LENGTH[field])} characters or fewer.`;

/** Required free text, trimmed, at least `min` characters. */
const required = (field: TextField, missing: string, min = 1, tooShort = missing) =>
  z
    .string({ error: missing })
    .check(
      z.trim(),
      z.minLength(min, { error: (issue) => (isEmpty(issue) ? missing : tooShort) }),
      z.maxLength(MAX_LENGTH[field], { error: tooLongFor(field) }),
    );

/** Optional free text: absent, or trimmed and within the field's length. */
const optional = (field: TextField, tooLong = tooLongFor(field)) =>
  z.optional(z.string({ error: 'Enter text.' }).check(z.trim(), z.maxLength(MAX_LENGTH[field], { error: tooLong })));

// The same words as the checker's size fields, with the allowed range (src/lib/size-words.ts).
const size = (what: SizeName) =>
  z.optional(
    z.int({ error: sizeError(what) }).check(z.minimum(0, { error: sizeError(what) }), z.maximum(MAX_SIZE, { error: sizeError(what) })),
  );

const oneOf = <const T extends readonly string[]>(values: T, message: string) => z.enum(values, { error: message });

/** The customer's answers. Optional fields are left out when empty. */
export const ticketSchema = z.object({
  /** The support package the customer has: "pro", "enterprise" or "none". */
  package: oneOf(PACKAGE_IDS, 'Choose your support package, or the option for no package if you bought none.'),
  /** What the request is about: a topic id of the coverage rules. */
  topic: oneOf(TOPIC_IDS, 'Choose what the request is about.'),
  /** Whether the request concerns a component the customer has modified. */
  modified: z.boolean({ error: 'Answer whether the request concerns a component you have modified.' }),
  /** The support package's start date, "YYYY-MM-DD"; needed where coverage depends on it. */
  supportStart: z.optional(
    z.string().check(z.refine(isRealIsoDate, { error: 'Enter the start date as a real date, for example 2026-01-31.' })),
  ),
  /** Number of agents, when given (size guidance, T9). */
  agents: size('agents'),
  /** Number of bots, when given (size guidance, T9). */
  bots: size('bots'),
  /** The customer's name. */
  name: required('name', 'Enter your name, so support knows whom to answer.'),
  /** Where support answers. */
  email: z.string({ error: 'Enter your email address: support answers there.' }).check(
    z.trim(),
    z.maxLength(MAX_LENGTH.email, { error: 'Enter an email address of 254 characters or fewer.' }),
    z.email({
      error: (issue) =>
        isEmpty(issue) ? 'Enter your email address: support answers there.' : 'Enter an email address in the form name@example.com.',
    }),
  ),
  /** The customer's company or organisation. */
  company: required('company', 'Enter your company or organisation, as on your contract.'),
  /** Licence or contract reference, e.g. the purchase order number. Required unless the package is "none". */
  contract: optional('contract'),
  /** Product version(s), free text, e.g. "tiledesk-server 2.13.23". */
  version: required(
    'version',
    'Enter the version you run, for example “tiledesk-server 2.13.23” (see docker-compose images or helm list).',
  ),
  /** How Tiledesk is installed: "compose", "helm", "npm" or "other". */
  install: oneOf(
    INSTALL_METHODS.map((m) => m.id),
    'Choose how Tiledesk is installed.',
  ),
  /** How it is installed, in words, when `install` is "other". */
  installOther: optional('installOther'),
  /** The components affected, at least one; "not-sure" is an answer. */
  components: z
    .array(
      oneOf(
        COMPONENTS.map((c) => c.id),
        'Choose components from the list.',
      ),
      {
        error: 'Choose at least one component, or “Not sure”.',
      },
    )
    .check(z.minLength(1, { error: 'Choose at least one component, or “Not sure”.' })),
  /** "production" or "non-production". */
  environment: oneOf(
    ENVIRONMENTS.map((e) => e.id),
    'Choose whether the problem is in production.',
  ),
  /** 1 (production down) to 4 (question); see content/support/severities.yaml. */
  severity: z.literal(SEVERITY_LEVELS, { error: 'Choose a severity, using the description under each level.' }),
  /** One line naming the problem. */
  subject: required(
    'subject',
    'Enter a subject that names the problem.',
    5,
    'Make the subject at least 5 characters long, for example “Widget shows localhost”.',
  ),
  /** What happened and what was expected. */
  description: required(
    'description',
    'Describe what happened and what you expected instead.',
    20,
    'Describe the problem in at least 20 characters: what happened and what you expected instead.',
  ),
  /** Steps to reproduce; required for severities 1 to 3 (problems), optional for 4 (questions). */
  steps: optional('steps'),
  /** A log extract, secrets removed. */
  logs: optional(
    'logs',
    `Logs are limited to ${readableNumber(MAX_LENGTH.logs)} characters here: paste the lines around the failure and attach the whole file to the email.`,
  ),
  /** The customer saw that the request is not covered (or not stated) and chose to send it anyway. */
  acknowledgedVerdict: z.boolean(),
});
export type Ticket = z.infer<typeof ticketSchema>;

/** What the portal told the customer about coverage, re-evaluated from the answers (never taken from a URL). */
export const coverageSchema = z.object({
  verdict: z.enum(['covered', 'not-covered', 'not-stated', 'needs-info']),
  /** Cited term ids in document order, e.g. ["T7", "T11.4"]. */
  terms: z.array(z.string().check(z.regex(TERM_ID_PATTERN))),
  /** Why, as the customer read it. */
  reasons: z.array(z.string()),
  /** Conditions of a "covered" verdict, e.g. the bug-fix window with its last day. */
  conditions: z.array(z.string()),
  /** Where the deployment is larger than the package's size guidance (T9): the note the customer read. */
  sizeNote: z.optional(z.string()),
  /** The customer's date when the verdict was computed, "YYYY-MM-DD". */
  checkedOn: z.string().check(z.refine(isRealIsoDate)),
});
export type CoverageSummary = z.infer<typeof coverageSchema>;

type Issue = { path: (string | number)[]; message: string };

/** Rules between fields. They run even when single fields are wrong, so every error shows at once. */
function crossFieldIssues(value: { ticket?: Partial<Ticket>; coverage?: Partial<CoverageSummary> }): Issue[] {
  const ticket = value.ticket ?? {};
  const verdict = value.coverage?.verdict;
  const issues: Issue[] = [];
  const on = (field: keyof Ticket, message: string) => issues.push({ path: ['ticket', field], message });

  if (ticket.package !== 'none' && !ticket.contract) {
    on(
      'contract',
      'Enter your licence or contract reference, for example the purchase order number: support uses it to find your package.',
    );
  }
  if (ticket.install === 'other' && !ticket.installOther) {
    on('installOther', 'Describe how Tiledesk is installed, since you chose “Other”.');
  }
  if (typeof ticket.severity === 'number' && ticket.severity < 4 && !ticket.steps) {
    on('steps', 'List the steps that make the problem happen, or choose severity 4 if this is a question.');
  }
  const answered = ticket.package !== undefined && ticket.topic !== undefined && typeof ticket.modified === 'boolean';
  // A start date after today makes a windowed request "not covered yet": the date is what to fix, not a box to tick.
  const checkedOn = value.coverage?.checkedOn;
  const startInFuture =
    verdict === 'not-covered' && ticket.modified === false && !!ticket.supportStart && !!checkedOn && ticket.supportStart > checkedOn;
  if ((verdict === 'needs-info' && answered) || startInFuture) {
    on(
      'supportStart',
      ticket.supportStart
        ? 'The start date is after today. Check it against your purchase order.'
        : 'Enter the start date of your support package, from your purchase order: whether this request is covered depends on it.',
    );
  }
  if ((verdict === 'not-covered' || verdict === 'not-stated') && !startInFuture && ticket.acknowledgedVerdict !== true) {
    on('acknowledgedVerdict', 'Tick the box to send a request your package may not cover, or change your answers above.');
  }
  return issues;
}

/** The whole payload: the answers, and the coverage verdict stated in the ticket. */
export const ticketPayloadSchema = z
  .object({
    /** PAYLOAD_VERSION. */
    version: z.literal(PAYLOAD_VERSION),
    ticket: ticketSchema,
    coverage: coverageSchema,
  })
  .check(
    z.superRefine(
      (value, ctx) => {
        for (const issue of crossFieldIssues(value)) ctx.addIssue({ code: 'custom', input: value, ...issue });
      },
      { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
    ),
  );
export type TicketPayload = z.infer<typeof ticketPayloadSchema>;
