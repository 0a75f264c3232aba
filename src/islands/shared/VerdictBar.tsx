/**
 * The verdict in one line, as a link to the full answer, for the checker and the ticket form.
 * On phones the full answer sits below the questions, out of sight: this bar sticks to the bottom
 * of the screen while they scroll (global.css, .verdict-bar), so a changed answer shows where the
 * customer is looking. It is always in the page, so nothing moves when the verdict changes.
 * Not a live region: where the verdict is announced, its own heading does it.
 */
import type { Answer } from '../../coverage/answer';
import { verdictHeadline } from './verdict-headline';

interface Props {
  answer: Answer;
  pkg: { id: string; name: string } | undefined;
  /** The full answer's heading, e.g. "#checker-answer-heading". */
  href: string;
  /** The page's own class, for where it sits and when it shows. */
  className: string;
}

export function VerdictBar({ answer, pkg, href, className }: Props) {
  return (
    <a className={`verdict-bar ${answer.verdict} ${className}`} href={href}>
      <span className="verdict-bar-verdict">{verdictHeadline(answer, pkg)}</span>
      <span className="verdict-bar-action">See the answer</span>
    </a>
  );
}
