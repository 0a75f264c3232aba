/**
 * Schema of content/coverage/advice.yaml: every sentence the engine says
 * around the rules (questions, window status, size note, next steps, the
 * package finder's reasons) and the few choices that name a package. The
 * engine fills the {placeholders}; it holds no customer-facing text itself,
 * so a change of terms is a change of content only.
 */
import { z } from 'zod';
import { PACKAGE_IDS } from './ids';
import { packageId, termId, topicId } from './schema';

const line = z
  .string({ error: (issue) => (issue.input === undefined ? 'required: this field is missing' : 'expected text') })
  .trim()
  .min(1, { error: 'expected non-empty text' });

/**
 * A sentence with {placeholders} the engine fills in. Only the listed names
 * are allowed, so a typo such as {lastday} fails the build instead of
 * reaching a customer as a literal brace.
 */
const template = (...names: string[]) =>
  line.superRefine((text, ctx) => {
    for (const [, name] of text.matchAll(/\{([^}]*)\}/g)) {
      if (!names.includes(name!)) {
        ctx.addIssue({
          code: 'custom',
          message: `unknown placeholder {${name}}; this sentence may use ${names.length ? names.map((n) => `{${n}}`).join(', ') : 'no placeholders'}`,
        });
      }
    }
  });

const citedTerms = z.array(termId).default([]);

/** A sentence with the terms it rests on. */
const step = z.object({
  /** What the customer reads. */
  text: line,
  /** The terms the sentence rests on, e.g. ["T13"]. Default []. */
  terms: citedTerms,
});

export const adviceSchema = z.object({
  /** How each unanswered question is named in the "answer these" step, e.g. "which support package you have". */
  questions: z.object({ package: line, topic: line, modified: line, start: line }),
  /** The "answer these" step: {questions} is the list of unanswered questions, joined by `join`. */
  answer: z.object({
    /** e.g. "Tell us {questions}." */
    text: template('questions'),
    /** Between two questions, e.g. ", and ". */
    join: z.string().min(1),
  }),
  /** Where today falls in a time window (Pro's 30-day bug-fix window). */
  window: z.object({
    /** Inside the window: {days}, {day} (today's day number), {lastDay} (dates are filled in as "1 March 2026"). */
    inside: template('days', 'day', 'lastDay'),
    /** The window has ended: {days}, {day}, {start}, {lastDay}. */
    expired: template('days', 'day', 'start', 'lastDay'),
    /** The start date is after today (the package has not started): {start}, {today}, {lastDay}. */
    notStarted: template('start', 'today', 'lastDay'),
    /** Next step for a start date in the future: check the date; {start}. */
    checkDate: template('start'),
    /** The window stated in general, for lists and tables. */
    describe: z.object({
      /** {days}, and {last}: one of the two phrases below. */
      text: template('days', 'last'),
      /** The last day is inside the window: {days}. */
      lastIncluded: template('days'),
      /** The last day is outside the window: {days}. */
      lastExcluded: template('days'),
    }),
  }),
  /** The size note where a deployment exceeds a package's size guidance (T9). */
  size: z.object({
    /** {package} (name), {agentsBelow}, {botsBelow}, {size} (e.g. "12 agents and 1 bot"), {larger} (name of `larger` below). */
    note: template('package', 'agentsBelow', 'botsBelow', 'size', 'larger'),
    /** The package designed for larger deployments, named in the note. */
    larger: packageId,
    /** "1 agent" / "{n} agents". */
    agents: z.object({ one: line, other: template('n') }),
    /** "1 bot" / "{n} bots". */
    bots: z.object({ one: line, other: template('n') }),
    /** Between agents and bots, e.g. " and ". */
    join: z.string().min(1),
  }),
  /** The next steps under each verdict. */
  next: z.object({
    /** Covered: how to send the request, per channel (the channel comes from the package). */
    send: z.object({ email: step, ticket: step }),
    /** Not stated: whom to ask, per package. `whom` picks the link: a ticket to the TAM, or an email to sales. */
    ask: z.record(
      packageId,
      step.extend({
        /** "account-manager" (a ticket request) or "sales" (an email to the sales address). */
        whom: z.enum(['account-manager', 'sales']),
      }),
      { error: `expected one entry per package: ${PACKAGE_IDS.join(', ')}` },
    ),
    /** Not covered, but another package covers the topic: {package} is that package's name; its rule's terms are cited. */
    coveredBy: template('package'),
    /** Not covered and about code: change behaviour through the extension points instead (T13). */
    extend: step.extend({
      /** Topics that always get this step, besides any request about a modified component. */
      topics: z.array(topicId).default([]),
    }),
    /** Not covered: compare the packages. Shown to the packages listed. */
    compare: step.extend({
      /** The packages whose customers get this step, e.g. ["none"]. */
      packages: z.array(packageId).min(1),
    }),
    /** Not covered: the community, open to everyone; always the last step. */
    community: step,
  }),
  /** The package finder on /compare/ ("which package fits me?"). */
  recommend: z.object({
    /** The package for small deployments that are not mission critical (it has the size guidance). */
    small: packageId,
    /** The package recommended when any reason below applies. */
    larger: packageId,
    /** Why the smaller package fits when nothing points elsewhere. */
    fits: step,
    /** Added when services were picked: the smaller package covers them (its rules' terms are cited). */
    fitsServices: line,
    /** The deployment is mission critical. */
    missionCritical: step,
    /** The deployment exceeds the size guidance (the guidance's terms are cited). */
    tooLarge: line,
    /** Services only the larger package covers: {services}, joined by `join`. */
    onlyLarger: template('services'),
    /** Between two services in `onlyLarger`, e.g. ", ". */
    join: z.string().min(1),
    /** Shown with a wanted service the recommended package's terms say nothing about: a prospect asks sales, not a TAM. */
    notStated: line,
  }),
});
export type Advice = z.infer<typeof adviceSchema>;
