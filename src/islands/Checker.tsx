/**
 * The coverage checker: the customer's answers in, the engine's verdict out,
 * with the state in the query string. Pure logic lives in src/coverage/.
 *
 * Rendered at build time and hydrated (client:load), so the page does not
 * jump when the script arrives; the URL is read once hydrated. Layout
 * (checker.css): the answer beside the questions on wide screens, and on
 * phones a summary bar that stays at the bottom of the screen while the
 * questions scroll, so a changed answer is always in sight.
 */
import { evaluate } from '../coverage/evaluate';
import { localToday } from '../coverage/dates';
import { moreNoticesText, summarizeNotices } from '../lib/url-notices';
import { Answer } from './checker/Answer';
import { VerdictBar } from './shared/VerdictBar';
import type { CheckerProps } from './checker/props';
import { Questions } from './checker/Questions';
import { useCheckUrl } from './checker/use-check-url';

export default function Checker({ coverage, packages, contacts, termsEdition }: CheckerProps) {
  const { request, notices, urlRead, update } = useCheckUrl();
  const answer = evaluate(request, coverage, localToday());
  const pkg = packages.find((p) => p.id === request.package);
  const listed = summarizeNotices(notices);

  return (
    <div className="checker">
      {notices.length > 0 && (
        <div className="notice checker-notices" role="region" aria-labelledby="checker-notices-heading">
          <h2 id="checker-notices-heading">Some of the link was not understood</h2>
          <ul>
            {listed.shown.map((n, i) => (
              <li key={i}>{n.message}</li>
            ))}
            {listed.more > 0 && <li>{moreNoticesText(listed.more)}</li>}
          </ul>
        </div>
      )}
      <Questions coverage={coverage} packages={packages} request={request} update={update} ready={urlRead} />
      <VerdictBar answer={answer} request={request} pkg={pkg} href="#checker-answer-heading" className="checker-summary" />
      <Answer answer={answer} request={request} pkg={pkg} packages={packages} contacts={contacts} termsEdition={termsEdition} />
    </div>
  );
}
