/**
 * What stands under a verdict, the same in the checker's answer and the
 * ticket form's coverage panel: the reasons with their terms, the conditions
 * a covered answer depends on, and the size note (T9).
 */
import type { Answer, Reason } from '../../coverage/answer';
import { TermLinks } from './TermLinks';

interface Props {
  /** The reasons to list (the checker shows the main one above, in its live region). */
  reasons: Reason[];
  conditions: Answer['conditions'];
  fitNote: Answer['fitNote'];
}

export function VerdictDetails({ reasons, conditions, fitNote }: Props) {
  return (
    <>
      {reasons.length > 0 && (
        <ul className="reasons">
          {reasons.map((reason) => (
            <li key={reason.text}>
              {reason.text} <TermLinks ids={reason.terms} />
            </li>
          ))}
        </ul>
      )}
      {conditions.length > 0 && (
        <>
          <h3>Conditions</h3>
          <ul className="conditions">
            {conditions.map((condition) => (
              <li key={condition}>{condition}</li>
            ))}
          </ul>
        </>
      )}
      {fitNote && (
        <p className="notice fit-note">
          {fitNote.text} <TermLinks ids={fitNote.terms} />
        </p>
      )}
    </>
  );
}
