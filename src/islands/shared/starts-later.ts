/**
 * Whether an answer is "not covered yet": the support start date is after
 * today (the engine then asks to check the date). Such a request is not sent
 * with an acknowledgement like other refusals: the ticket form refuses a start
 * date in the future (src/ticket/schema.ts), so neither island offers to send it.
 */
import type { Answer } from '../../coverage/answer';

export const startsLater = (answer: Answer) => answer.next.some((step) => step.kind === 'check-date');
