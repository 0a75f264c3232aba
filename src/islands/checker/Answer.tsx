/**
 * The answer: verdict in plain words, reasons with their terms, channel,
 * priority, response expectations, the size note and the next steps. The
 * element carries the data-* attributes of the public contract (DESIGN.md).
 */
import type { Answer as EngineAnswer, CheckRequest } from '../../coverage/answer';
import { toCheckParams } from '../../coverage/params';
import { channelLabel, packageHref, priorityLabel } from '../../lib/labels';
import { NextSteps } from './NextSteps';
import type { PackageFacts } from './props';
import { TermLinks } from '../shared/TermLinks';

interface Props {
  answer: EngineAnswer;
  request: CheckRequest;
  pkg: PackageFacts | undefined;
  contacts: { support: string; sales: string };
}

/** The answer in a few words: the heading here and the checker's summary bar on phones. */
export function headline(answer: EngineAnswer, pkg: PackageFacts | undefined): string {
  switch (answer.verdict) {
    case 'covered':
      return `Covered by ${pkg?.name}`;
    case 'not-covered':
      return pkg?.id === 'none' ? 'Not covered: no support package' : `Not covered by ${pkg?.name}`;
    case 'not-stated':
      return `The ${pkg?.name} terms do not say`;
    case 'needs-info':
      return answer.missing.length === 1 ? 'One more answer needed' : `${answer.missing.length} answers needed`;
  }
}

export function Answer({ answer, request, pkg, contacts }: Props) {
  const [main, ...more] = answer.reasons;
  const known = answer.verdict !== 'needs-info';
  return (
    <section
      className={`checker-answer ${answer.verdict}`}
      aria-labelledby="checker-answer-heading"
      data-verdict={answer.verdict}
      data-channel={answer.channel}
      data-priority={answer.priority}
      data-terms={answer.terms.join(' ')}
      data-fit={answer.fit}
    >
      {/* Only the verdict and its main reason are announced: the rest is there to read. */}
      <div aria-live="polite" aria-atomic="true">
        <h2 id="checker-answer-heading">{headline(answer, pkg)}</h2>
        {main && (
          <p className="main-reason">
            {main.text} <TermLinks ids={main.terms} />
          </p>
        )}
      </div>
      {more.map((reason) => (
        <p key={reason.text}>
          {reason.text} <TermLinks ids={reason.terms} />
        </p>
      ))}
      {answer.conditions.length > 0 && (
        <>
          <h3>Conditions</h3>
          <ul>
            {answer.conditions.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      )}
      {known && pkg && (
        <dl className="facts">
          <dt>Channel</dt>
          <dd>{channelLabel[answer.channel]}</dd>
          <dt>Priority</dt>
          <dd>{priorityLabel[answer.priority]}</dd>
          <dt>Response</dt>
          <dd>{pkg.response}</dd>
        </dl>
      )}
      {answer.fitNote && (
        <p className="notice fit-note">
          {answer.fitNote.text} <TermLinks ids={answer.fitNote.terms} />
        </p>
      )}
      <h3>What to do next</h3>
      <NextSteps steps={answer.next} request={request} sales={contacts.sales} />
      {known && pkg && request.topic && (
        <p className="answer-links">
          <a href={`${packageHref(pkg.id)}#${request.topic}`}>Read this on the {pkg.name} page</a>
          {answer.verdict !== 'covered' && (
            <>
              {' · '}
              <a href={`/ticket/?${toCheckParams(request)}`}>Prepare a ticket request anyway</a>
            </>
          )}
        </p>
      )}
    </section>
  );
}
