/**
 * The coverage verdict for the request as answered so far, re-evaluated on
 * every change from the form's own answers (never read from the URL). It
 * carries the same data-* attributes as the checker's answer (docs/ARCHITECTURE.md).
 */
import type { Answer, CheckRequest } from '../../coverage/answer';
import type { CoverageData } from '../../coverage/model';
import { toCheckParams } from '../../lib/check-params';
import { priorityLabel } from '../../lib/labels';
import { withBase } from '../../lib/site-url';
import { VerdictDetails } from '../shared/VerdictDetails';
import { verdictData } from '../shared/verdict-data';
import { verdictHeadline } from '../shared/verdict-headline';

interface Props {
  answer: Answer;
  request: CheckRequest;
  coverage: CoverageData;
}

export function CoveragePanel({ answer, request, coverage }: Props) {
  const pkg = coverage.packages.find((p) => p.id === request.package);
  const topic = coverage.topics.find((t) => t.id === request.topic);
  const query = toCheckParams(request).toString();
  const checkLink = withBase(query ? `/check/?${query}` : '/check/');
  // A start date after today: say what to do about it (correct it, or come back once the package has started).
  const dateStep = answer.next.find((step) => step.kind === 'check-date');
  return (
    <section className={`coverage-answer verdict-${answer.verdict}`} aria-labelledby="ticket-coverage-title" {...verdictData(answer)}>
      <h2 id="ticket-coverage-title">Does your package cover it?</h2>
      {!pkg || !topic ? (
        <p>Choose your package and what the request is about: the answer from the support terms appears here.</p>
      ) : (
        <>
          <p className="verdict">
            <strong>{verdictHeadline(answer, pkg)}</strong>: {topic.label}.
          </p>
          {answer.verdict === 'needs-info' && answer.next[0] && <p>{answer.next[0].text}</p>}
          <VerdictDetails reasons={answer.reasons} conditions={answer.conditions} fitNote={answer.fitNote} />
          {dateStep && <p>{dateStep.text}</p>}
          {answer.priority !== 'none' && <p>Priority: {priorityLabel[answer.priority]}.</p>}
          <p>
            <a href={checkLink}>See this answer in the coverage checker</a>
          </p>
        </>
      )}
    </section>
  );
}
