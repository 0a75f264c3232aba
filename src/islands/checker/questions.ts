/** The checker's questions, worded once for the form and for "answer this" links. */
import type { MissingAnswer } from '../../coverage/answer';

export const QUESTION: Record<MissingAnswer, string> = {
  package: 'Which support package do you have?',
  topic: 'What do you need help with?',
  modified: 'Does the request concern a component you have modified?',
  start: 'When did your support package start?',
};

/** The field each question focuses when its "answer this" link is followed. */
export const FIELD_ID: Record<MissingAnswer, string> = {
  package: 'check-package-pro',
  topic: 'check-topic',
  modified: 'check-modified-no',
  start: 'check-start',
};
