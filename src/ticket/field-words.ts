/**
 * What the customer reads for each ticket field: its label and, where one
 * helps, a hint. The full form (src/islands/ticket/) and the plain form for
 * browsers without JavaScript (src/components/PlainTicketForm.astro) both read
 * them here, so the two never ask a question in different words.
 */
import type { TicketField } from './fields';

export interface FieldWords {
  /** The question, as the field's label or legend. */
  label: string;
  /** Help shown under the label; a form may replace it where the answer changes it (e.g. the start date). */
  hint?: string;
}

export const FIELD_WORDS: Record<TicketField, FieldWords> = {
  package: { label: 'Your support package', hint: 'As named on your purchase order or contract.' },
  topic: { label: 'What the request is about' },
  modified: {
    label: 'Does the request concern a component you have modified?',
    hint: 'For example, if you changed the source code of the server, the dashboard or the widget.',
  },
  supportStart: { label: 'Start date of your support package', hint: 'On your purchase order. Some coverage depends on it.' },
  agents: { label: 'Agents', hint: 'How many agents use it.' },
  bots: { label: 'Bots', hint: 'How many chatbots run.' },
  name: { label: 'Your name' },
  email: { label: 'Your email address', hint: 'Support answers here.' },
  company: { label: 'Company or organisation' },
  contract: {
    label: 'Licence or contract reference',
    hint: 'For example your purchase order number. Support uses it to find your package.',
  },
  version: {
    label: 'Product version',
    hint: 'For example “tiledesk-server 2.13.23”: docker-compose images or helm list shows it.',
  },
  install: { label: 'How Tiledesk is installed' },
  installOther: { label: 'How it is installed' },
  components: { label: 'Components affected', hint: 'Choose every one involved, or “Not sure”.' },
  environment: { label: 'Is the problem in production?' },
  severity: { label: 'Severity', hint: 'How badly the problem affects you. Each level is described under it.' },
  subject: {
    label: 'Subject',
    hint: 'One line that names the problem, for example “Widget shows localhost after domain change”.',
  },
  description: {
    label: 'What happened',
    hint: 'What you did, what you expected, and what happened instead, with the exact error text.',
  },
  steps: {
    label: 'Steps to reproduce',
    hint: 'Numbered, from a known starting point. Needed for severities 1 to 3; optional for severity 4 (a question).',
  },
  logs: {
    label: 'Logs',
    hint: 'The lines around the failure, with their times. Remove passwords, tokens and keys first.',
  },
  acknowledgedVerdict: { label: 'I understand, and I want to send the request anyway' },
};

/** Said before the questions in both forms, which mark only the questions that need no answer. */
export const REQUIRED_NOTE = 'Every question needs an answer unless it is marked “optional”.';
