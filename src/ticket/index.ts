/** The ticket draft's public surface. Pure TypeScript and zod/mini: no Astro, React or DOM. */
export {
  DRAFT_STORAGE_KEY,
  DRAFT_VERSION,
  emptyDraft,
  isEmptyDraft,
  newDraftKey,
  parseDraft,
  sameDraft,
  serializeDraft,
  type Draft,
  type DraftLoad,
} from './draft';
export { FIELD_ORDER, MAX_LENGTH, TEXT_FIELDS, type TextField, type TicketField } from './fields';
export { MAILTO_CUT_NOTE, MAILTO_MAX_LENGTH, mailtoLink, type MailtoLink } from './mailto';
export * from './options';
export { cleanLine, cleanText } from './plain-text';
export { findSecrets } from './secrets';
export {
  PAYLOAD_VERSION,
  coverageSchema,
  ticketPayloadSchema,
  ticketSchema,
  type CoverageSummary,
  type Ticket,
  type TicketPayload,
} from './schema';
export { failureText, requestJson, type Failure, type JsonAnswer, type RequestOptions } from './http';
export { mailboxFor } from './mailboxes';
export { postTicket, referenceOf, routeFor, type DeliveryChannel, type Route, type SendResult } from './send';
export {
  GUEST_STORAGE_KEY,
  PRIORITY_BY_SEVERITY,
  STATUS_TEXT,
  firstMessage,
  listMyRequests,
  readGuest,
  requestIdFor,
  sendToTiledesk,
  signInAnonymously,
  type GuestSession,
  type SentRequest,
  type TiledeskTicket,
} from './tiledesk';
export { DEFAULT_TIMEOUT_MS, readTicketSettings, type TicketSettings, type TiledeskSettings } from './settings';
export { textFileHref, ticketFileName, ticketSubject, ticketText, type TicketWords } from './text';
export { answerFor, checkRequestOf, coverageSummary, draftFieldsOf, validateTicket, type FieldError, type Validation } from './validate';
