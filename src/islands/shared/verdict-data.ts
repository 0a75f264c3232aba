/**
 * The verdict as data attributes on the element that shows it, the same in
 * the checker and the ticket form, so the outcome can be read (by tests, by
 * anyone inspecting the page) without depending on wording editors change.
 */
import type { Answer } from '../../coverage/answer';

export function verdictData(answer: Answer) {
  return {
    'data-verdict': answer.verdict,
    'data-channel': answer.channel,
    'data-priority': answer.priority,
    'data-terms': answer.terms.join(' '),
    'data-fit': answer.fit,
  };
}
