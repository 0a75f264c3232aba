/**
 * The ticket form's fields, in the order the form shows them. Error messages
 * are listed in this order, and the draft stores exactly these fields.
 */
export const TEXT_FIELDS = [
  'package',
  'topic',
  'modified',
  'supportStart',
  'agents',
  'bots',
  'name',
  'email',
  'company',
  'contract',
  'version',
  'install',
  'installOther',
  'environment',
  'severity',
  'subject',
  'description',
  'steps',
  'logs',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** The fields that answer the checker's questions (CHECK_PARAMS): the form can show them as a summary. */
export const REQUEST_FIELDS: ReadonlySet<TicketField> = new Set(TEXT_FIELDS.slice(0, TEXT_FIELDS.indexOf('bots') + 1));

/** Every field, in form order: the text fields, with the components list and the acknowledgement in their places. */
export const FIELD_ORDER = [
  ...TEXT_FIELDS.slice(0, TEXT_FIELDS.indexOf('installOther') + 1),
  'components',
  ...TEXT_FIELDS.slice(TEXT_FIELDS.indexOf('installOther') + 1),
  'acknowledgedVerdict',
] as const;
export type TicketField = TextField | 'components' | 'acknowledgedVerdict';

/** Longest value accepted per free-text field, in characters. The draft keeps at most this much. */
export const MAX_LENGTH: Record<TextField, number> = {
  package: 20,
  topic: 40,
  modified: 3,
  supportStart: 10,
  agents: 6,
  bots: 6,
  name: 120,
  email: 254,
  company: 160,
  contract: 120,
  version: 200,
  install: 20,
  installOther: 200,
  environment: 20,
  severity: 1,
  subject: 150,
  description: 10_000,
  steps: 10_000,
  logs: 20_000,
};
