/**
 * From the form's draft to a valid payload, or to the errors that stop it.
 * The coverage verdict is re-evaluated here from the answers: it never comes
 * from the URL or from the customer.
 */
import type { Answer, CheckRequest } from '../coverage/answer';
import { evaluate } from '../coverage/evaluate';
import type { CoverageData } from '../coverage/model';
import { parseCheckParams } from '../lib/check-params';
import type { Draft } from './draft';
import { FIELD_ORDER, type TicketField } from './fields';
import { cleanLine, cleanText } from './plain-text';
import { PAYLOAD_VERSION, ticketPayloadSchema, type CoverageSummary, type TicketPayload } from './schema';

/** The checker's questions among the draft's answers, read by the checker's own rules. */
export function checkRequestOf(draft: Draft): CheckRequest {
  return parseCheckParams([
    ['package', draft.package],
    ['topic', draft.topic],
    ['modified', draft.modified],
    ['start', draft.supportStart.trim()],
    ['agents', draft.agents.trim()],
    ['bots', draft.bots.trim()],
  ]).request;
}

/** The draft fields a checker request fills in (unanswered questions become empty fields). */
export function draftFieldsOf(request: CheckRequest): Pick<Draft, 'package' | 'topic' | 'modified' | 'supportStart' | 'agents' | 'bots'> {
  return {
    package: request.package ?? '',
    topic: request.topic ?? '',
    modified: request.modified === undefined ? '' : request.modified ? 'yes' : 'no',
    supportStart: request.start ?? '',
    agents: request.agents === undefined ? '' : String(request.agents),
    bots: request.bots === undefined ? '' : String(request.bots),
  };
}

/** The coverage answer for the draft, as of `today` ("YYYY-MM-DD", the customer's date). */
export const answerFor = (draft: Draft, coverage: CoverageData, today: string): Answer => evaluate(checkRequestOf(draft), coverage, today);

export function coverageSummary(answer: Answer, today: string): CoverageSummary {
  return {
    verdict: answer.verdict,
    terms: answer.terms,
    reasons: answer.reasons.map((r) => r.text),
    conditions: answer.conditions,
    ...(answer.fitNote ? { sizeNote: answer.fitNote.text } : {}),
    checkedOn: today,
  };
}

const optionalText = (value: string) => cleanText(value).trim() || undefined;
const optionalLine = (value: string) => cleanLine(value).trim() || undefined;
const choice = (value: string) => value || undefined;
/** A whole number where one was typed, else the text as typed, so the schema can say what is wrong with it. */
const count = (value: string) => (value.trim() === '' ? undefined : /^\d{1,9}$/.test(value.trim()) ? Number(value.trim()) : value);

/** The draft as the payload's types, values cleaned but not judged: judging is the schema's job. Empty optional answers are left out. */
function ticketCandidate(draft: Draft, answer: Answer) {
  const candidate = {
    package: choice(draft.package),
    topic: choice(draft.topic),
    modified: draft.modified === 'yes' ? true : draft.modified === 'no' ? false : undefined,
    supportStart: optionalLine(draft.supportStart),
    agents: count(draft.agents),
    bots: count(draft.bots),
    name: cleanLine(draft.name),
    email: cleanLine(draft.email),
    company: cleanLine(draft.company),
    contract: optionalLine(draft.contract),
    version: cleanLine(draft.version),
    install: choice(draft.install),
    installOther: optionalLine(draft.installOther),
    components: draft.components,
    environment: choice(draft.environment),
    severity: /^[1-4]$/.test(draft.severity) ? Number(draft.severity) : choice(draft.severity),
    subject: cleanLine(draft.subject),
    description: cleanText(draft.description),
    steps: optionalText(draft.steps),
    logs: optionalText(draft.logs),
    // The acknowledgement belongs to a warning: once the verdict is "covered" there is nothing to acknowledge.
    acknowledgedVerdict: draft.acknowledgedVerdict && (answer.verdict === 'not-covered' || answer.verdict === 'not-stated'),
  };
  return Object.fromEntries(Object.entries(candidate).filter(([, value]) => value !== undefined));
}

export interface FieldError {
  /** The field to fix; absent for a problem no field can fix (it should not happen). */
  field?: TicketField | undefined;
  message: string;
}

export type Validation = { ok: true; payload: TicketPayload } | { ok: false; errors: FieldError[] };

const isField = (value: unknown): value is TicketField => (FIELD_ORDER as readonly unknown[]).includes(value);

/** Validates the draft with the payload schema: the payload when valid, else one error per field in form order. */
export function validateTicket(draft: Draft, answer: Answer, today: string): Validation {
  const result = ticketPayloadSchema.safeParse({
    version: PAYLOAD_VERSION,
    ticket: ticketCandidate(draft, answer),
    coverage: coverageSummary(answer, today),
  });
  if (result.success) return { ok: true, payload: result.data };

  const byField = new Map<TicketField | undefined, string>();
  for (const issue of result.error.issues) {
    const field = issue.path[0] === 'ticket' && isField(issue.path[1]) ? issue.path[1] : undefined;
    if (!byField.has(field))
      byField.set(field, field ? issue.message : `The coverage check could not be completed (${issue.path.join('.')}). Reload the page.`);
  }
  const rank = (field: TicketField | undefined) => (field ? FIELD_ORDER.indexOf(field) : -1);
  const errors = [...byField].map(([field, message]) => ({ field, message })).sort((a, b) => rank(a.field) - rank(b.field));
  return { ok: false, errors };
}
