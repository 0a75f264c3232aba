/**
 * The ticket as plain text: the email subject and body, and the downloadable
 * file. The same text everywhere, so what the customer copies, downloads or
 * emails is what support reads. Structured as "Label: value" lines first (the
 * facts support triages on), then the free text. Dates are written as on the
 * portal ("1 March 2026"); the JSON payload keeps them as YYYY-MM-DD.
 */
import { readableDate } from '../coverage/dates';
import type { PackageId, TopicId } from '../coverage/ids';
import { COMPONENTS, ENVIRONMENTS, INSTALL_METHODS, labelOf } from './options';
import type { TicketPayload } from './schema';

/** The human words for the ids in a payload, taken from the content. */
export interface TicketWords {
  portalName: string;
  packages: Record<PackageId, string>;
  topics: Record<TopicId, string>;
  /** Severity level → the vendor's title, e.g. 1 → "Production System Down". */
  severities: Record<number, string>;
}

const VERDICT_WORDS: Record<TicketPayload['coverage']['verdict'], string> = {
  covered: 'Covered',
  'not-covered': 'NOT COVERED',
  'not-stated': 'NOT STATED in the terms',
  'needs-info': 'Not yet known',
};

/** Email subject, e.g. "[Pro · Sev 2] Widget shows localhost"; a request that is not covered says so up front. */
export function ticketSubject(payload: TicketPayload, words: TicketWords): string {
  const { ticket, coverage } = payload;
  const tags = [words.packages[ticket.package], `Sev ${ticket.severity}`];
  if (coverage.verdict === 'not-covered') tags.push('not covered');
  if (coverage.verdict === 'not-stated') tags.push('not stated');
  return `[${tags.join(' · ')}] ${ticket.subject}`;
}

const section = (title: string, body: string | undefined, empty: string) => ['', title, '-'.repeat(title.length), body ?? empty];

/** The full request as plain text, lines separated by "\n". */
export function ticketText(payload: TicketPayload, words: TicketWords): string {
  const { ticket, coverage } = payload;
  const terms = coverage.terms.length ? ` (${coverage.terms.join(', ')})` : '';
  const size = [ticket.agents !== undefined && `${ticket.agents} agents`, ticket.bots !== undefined && `${ticket.bots} bots`]
    .filter(Boolean)
    .join(', ');
  const lines = [
    `Support request sent from the ${words.portalName} portal`,
    '',
    `Subject: ${ticket.subject}`,
    `Severity: ${ticket.severity} – ${words.severities[ticket.severity] ?? ''}`.trimEnd(),
    `Package: ${words.packages[ticket.package]}`,
    `Topic: ${words.topics[ticket.topic]}`,
    `Coverage: ${VERDICT_WORDS[coverage.verdict]}${terms}, as checked by the portal on ${readableDate(coverage.checkedOn)}`,
    ...coverage.reasons.map((reason) => `  - ${reason}`),
    ...coverage.conditions.map((condition) => `  - Condition: ${condition}`),
    ...(coverage.sizeNote ? [`  - Size: ${coverage.sizeNote}`] : []),
    ...(ticket.acknowledgedVerdict && coverage.verdict !== 'covered'
      ? ['  - The customer was shown this verdict before sending and chose to send the request anyway.']
      : []),
    '',
    `Name: ${ticket.name}`,
    `Email: ${ticket.email}`,
    `Company: ${ticket.company}`,
    `Licence or contract: ${ticket.contract ?? 'none given'}`,
    '',
    `Product version: ${ticket.version}`,
    `Install method: ${labelOf(INSTALL_METHODS, ticket.install)}${ticket.installOther ? ` (${ticket.installOther})` : ''}`,
    `Components affected: ${ticket.components.map((id) => labelOf(COMPONENTS, id)).join('; ')}`,
    `Modified components: ${ticket.modified ? 'yes, the request concerns a modified component' : 'no, the components involved are original'}`,
    `Environment: ${labelOf(ENVIRONMENTS, ticket.environment)}`,
    `Deployment size: ${size || 'not given'}`,
    `Support start date: ${ticket.supportStart ? readableDate(ticket.supportStart) : 'not given'}`,
    ...section('Description', ticket.description, ''),
    ...section('Steps to reproduce', ticket.steps, '(none given)'),
    ...section('Logs', ticket.logs, '(none pasted; see any attachments)'),
  ];
  return `${lines.join('\n')}\n`;
}

/** Name for the downloaded copy, e.g. "support-request-2026-11-26.txt". */
export const ticketFileName = (payload: TicketPayload) => `support-request-${payload.coverage.checkedOn}.txt`;

/** A link that downloads the text as a UTF-8 file (a data: URL, so no script is needed to click it). */
export const textFileHref = (text: string) => `data:text/plain;charset=utf-8,${encodeURIComponent(text)}`;
