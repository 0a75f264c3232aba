/**
 * The answer: verdict in plain words, reasons with their terms, and, where
 * the package handles the request, its channel, priority and response; then
 * the size note, the next steps and the edition of the terms. The element
 * carries the data-* attributes of the public contract (docs/ARCHITECTURE.md).
 */
import type { Answer as EngineAnswer, CheckRequest } from '../../coverage/answer';
import { toCheckParams } from '../../lib/check-params';
import { channelLabel, formatDate, packageHref, priorityLabel } from '../../lib/labels';
import { withBase } from '../../lib/site-url';
import type { TermsEdition } from '../../schemas/terms';
import { TermLinks } from '../shared/TermLinks';
import { VerdictDetails } from '../shared/VerdictDetails';
import { verdictData } from '../shared/verdict-data';
import { startsLater } from '../shared/starts-later';
import { verdictHeadline } from '../shared/verdict-headline';
import { NextSteps } from './NextSteps';
import type { PackageFacts } from './props';

interface Props {
  answer: EngineAnswer;
  request: CheckRequest;
  pkg: PackageFacts | undefined;
  packages: PackageFacts[];
  contacts: { support: string; sales: string };
  termsEdition: TermsEdition;
}

export function Answer({ answer, request, pkg, packages, contacts, termsEdition }: Props) {
  const [main, ...more] = answer.reasons;
  const known = answer.verdict !== 'needs-info';
  // Channel, priority and response belong to a request the package handles; a refusal shows none of them.
  const handled = known && pkg && answer.channel !== 'none';
  return (
    <section className={`checker-answer ${answer.verdict}`} aria-labelledby="checker-answer-heading" {...verdictData(answer)}>
      {/* Only the verdict and its main reason are announced: the rest is there to read. */}
      <div aria-live="polite" aria-atomic="true">
        <h2 id="checker-answer-heading">{verdictHeadline(answer, pkg)}</h2>
        {main && (
          <p className="main-reason">
            {main.text} <TermLinks ids={main.terms} />
          </p>
        )}
      </div>
      <VerdictDetails reasons={more} conditions={answer.conditions} fitNote={answer.fitNote} />
      {handled && (
        <dl className="facts">
          <dt>Channel</dt>
          <dd>{channelLabel[answer.channel]}</dd>
          <dt>Priority</dt>
          <dd>{priorityLabel[answer.priority]}</dd>
          <dt>Response</dt>
          <dd>{pkg.response}</dd>
        </dl>
      )}
      <h3>{answer.verdict === 'not-covered' ? 'What you can do instead' : 'What to do next'}</h3>
      <NextSteps steps={answer.next} request={request} packages={packages} sales={contacts.sales} />
      {known && pkg && request.topic && (
        <p className="answer-links">
          <a href={`${packageHref(pkg.id)}#${request.topic}`}>Read this on the {pkg.name} page</a>
          {/* A package that has not started yet: the ticket form refuses the date, so the next steps say what to do instead. */}
          {answer.verdict !== 'covered' && !startsLater(answer) && (
            <>
              {' · '}
              <a href={withBase(`/ticket/?${toCheckParams(request)}`)}>Prepare a ticket request anyway</a>
            </>
          )}
        </p>
      )}
      <p className="terms-edition">
        Answered from <a href={withBase('/terms/')}>the support terms</a>, version {termsEdition.version}, effective{' '}
        {formatDate(termsEdition.effective)}.
      </p>
    </section>
  );
}
