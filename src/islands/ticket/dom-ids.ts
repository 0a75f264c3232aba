/** DOM ids of the form's parts, one scheme for every field, so error links and descriptions always match. */
import type { TicketField } from '../../ticket/fields';

/** The control itself, or for a group of radios or checkboxes the group's first input. */
export const controlId = (field: TicketField) => `ticket-${field}`;
export const errorId = (field: TicketField) => `ticket-${field}-error`;
export const hintId = (field: TicketField) => `ticket-${field}-hint`;

/** The value of aria-describedby: the hint and the error that exist, or nothing. */
export const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;
