/**
 * The coverage verdict for the request as answered so far, re-evaluated on
 * every change from the form's own answers (never read from the URL). It
 * carries the same data-* attributes as the checker's answer (DESIGN.md).
 */
import type { Answer, CheckRequest } from '../../coverage/answer';
import type { CoverageData } from '../../coverage/model';
import { toCheckParams } from '../../coverage/params';
import { verdictLabel } from '../../lib/coverage-view';
import { priorityLabel } from '../../lib/labels';
import { TermLinks } from '../shared/TermLinks';

interface Props {
  answer: Answer;
  request: CheckRequest;
  coverage: CoverageData;
}

export function CoveragePanel({ answer, request, coverage }: Props) {
  const pkg = coverage.packages.find((p) => p.id === request.package);
  const topic = coverage.topics.find((t) => t.id === request.topic);
  const query = toCheckParams(request).toString();
  const checkLink = query ? `/check/?${query}` : '/check/';
  return (
    <section
      className={`coverage-answer verdict-${answer.verdict}`}
      aria-labelledby="ticket-coverage-title"
      data-verdict={answer.verdict}
      data-channel={answer.channel}
      data-priority={answer.priority}
      data-terms={answer.terms.join(' ')}
      data-fit={answer.fit}
    >
      <h2 id="ticket-coverage-title">Does your package cover it?</h2>
      {!pkg || !topic ? (
        <p>Choose your package and what the request is about: the answer from the support terms appears here.</p>
      ) : (
        <>
          <p className="verdict">
            <strong>{verdictLabel[answer.verdict]}</strong>: {topic.label}, under the {pkg.name} package.
          </p>
          {answer.verdict === 'needs-info' && answer.next[0] && <p>{answer.next[0].text}</p>}
          {answer.reasons.length > 0 && (
            <ul className="reasons">
              {answer.reasons.map((reason) => (
                <li key={reason.text}>
                  {reason.text} <TermLinks ids={reason.terms} />
                </li>
              ))}
            </ul>
          )}
          {answer.conditions.length > 0 && (
            <>
              <h3>Conditions</h3>
              <ul>
                {answer.conditions.map((condition) => (
                  <li key={condition}>{condition}</li>
                ))}
              </ul>
            </>
          )}
          {answer.fitNote && (
            <p className="fit-note">
              {answer.fitNote.text} <TermLinks ids={answer.fitNote.terms} />
            </p>
          )}
          {answer.priority !== 'none' && <p>Priority: {priorityLabel[answer.priority]}.</p>}
          <p>
            <a href={checkLink}>See this answer in the coverage checker</a>
          </p>
        </>
      )}
    </section>
  );
}
