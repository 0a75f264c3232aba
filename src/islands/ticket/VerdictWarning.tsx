/**
 * The warning before a request the package does not cover (or where the terms
 * are silent) can be sent, and the box that confirms the customer read it.
 * The ticket then states the verdict, so nobody is misled.
 */
import type { Answer } from '../../coverage/answer';
import { verdictLabel } from '../../lib/coverage-view';
import { FIELD_WORDS } from '../../ticket/field-words';
import { controlId, describedBy, errorId } from './dom-ids';
import { ErrorText } from './fields';
import { TermLinks } from '../shared/TermLinks';

interface Props {
  answer: Answer;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string | undefined;
}

export function VerdictWarning({ answer, checked, onChange, error }: Props) {
  const field = 'acknowledgedVerdict';
  const notCovered = answer.verdict === 'not-covered';
  return (
    <div className={`verdict-warning${error ? ' has-error' : ''}`}>
      <h2 id="ticket-warning-title">
        {notCovered ? 'Your package does not cover this request' : 'The support terms do not say whether this is covered'}
      </h2>
      <p id="ticket-warning-text">
        The answer above is “{verdictLabel[answer.verdict]}” <TermLinks ids={answer.terms} />.{' '}
        {notCovered
          ? 'Support may decline the request or answer only in part.'
          : 'Support may decline it; ask before relying on an answer.'}{' '}
        You can still send it: the ticket states this verdict and that you chose to send it anyway.
      </p>
      <ErrorText field={field} error={error} />
      <div className="option">
        <input
          type="checkbox"
          id={controlId(field)}
          name={field}
          checked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy('ticket-warning-text', error && errorId(field))}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label htmlFor={controlId(field)}>{FIELD_WORDS[field].label}</label>
      </div>
    </div>
  );
}
