/**
 * The verdict in one line, as a link to the full answer, for the checker and the ticket form.
 * On phones the full answer sits below the questions, out of sight: this bar sticks to the bottom
 * of the screen while they scroll (global.css, .verdict-bar), so a changed answer shows where the
 * customer is looking. It is always in the page, so nothing moves when the verdict changes, but
 * unseen until a coverage question is answered: before that it would only say that answers are
 * needed, over the very fields that ask them.
 * Not a live region: where the verdict is announced, its own heading does it.
 */
import type { Answer, CheckRequest } from '../../coverage/answer';
import { verdictHeadline } from './verdict-headline';

interface Props {
  answer: Answer;
  /** The answers so far; the bar shows once one of the coverage questions has one. */
  request: CheckRequest;
  pkg: { id: string; name: string } | undefined;
  /** The full answer's heading, e.g. "#checker-answer-heading". */
  href: string;
  /** The page's own class, for where it sits and when it shows. */
  className: string;
}

const hasAnAnswer = (request: CheckRequest) =>
  request.package !== undefined || request.topic !== undefined || request.modified !== undefined;

export function VerdictBar({ answer, request, pkg, href, className }: Props) {
  return (
    <a className={`verdict-bar ${answer.verdict} ${className}`} href={href} data-unanswered={hasAnAnswer(request) ? undefined : ''}>
      <span className="verdict-bar-verdict">{verdictHeadline(answer, pkg)}</span>
      <span className="verdict-bar-action">See the answer</span>
    </a>
  );
}
