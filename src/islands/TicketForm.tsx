/**
 * The ticket request form (/ticket/). Pre-filled from the checker's link,
 * re-evaluates the coverage verdict from its own answers, validates with the
 * payload schema, keeps the draft in this browser as the customer types, and
 * sends by the package's channel only when the customer presses send.
 *
 * Rendered at build time, empty, and hydrated (client:load), so the form is
 * laid out while the page loads rather than pushed in after it; the browser's
 * draft and link are applied once hydrated (ticket/use-browser-start.ts).
 * Without JavaScript the page shows a plain form instead.
 */
import { useEffect, useReducer, useRef, useState, type KeyboardEvent, type SubmitEvent } from 'react';
import { localToday } from '../coverage/dates';
import { evaluate } from '../coverage/evaluate';
import { toCheckParams } from '../lib/check-params';
import { withBase } from '../lib/site-url';
import { moreNoticesText, summarizeNotices } from '../lib/url-notices';
import { emptyDraft, hasDetails, newDraftKey, type Draft } from '../ticket/draft';
import { REQUEST_FIELDS, type TicketField } from '../ticket/fields';
import { REQUIRED_NOTE } from '../ticket/field-words';
import { failureText } from '../ticket/http';
import { mailtoLink } from '../ticket/mailto';
import { routeFor } from '../ticket/send';
import { ticketFileName, ticketSubject, ticketText, type TicketWords } from '../ticket/text';
import { checkRequestOf, validateTicket } from '../ticket/validate';
import { AnswersSummary } from './ticket/AnswersSummary';
import { CoveragePanel } from './ticket/CoveragePanel';
import { deliver } from './ticket/deliver';
import { DetailSections } from './ticket/DetailSections';
import { DetailsAhead } from './ticket/DetailsAhead';
import { controlId } from './ticket/dom-ids';
import { ErrorSummary } from './ticket/ErrorSummary';
import { HowItIsSent } from './ticket/HowItIsSent';
import type { InitialDraft } from './ticket/initial-draft';
import { MyRequests } from './ticket/MyRequests';
import { OtherTabNotice } from './ticket/OtherTabNotice';
import { secretsWarning } from './ticket/ProblemFields';
import type { TicketFormProps } from './ticket/props';
import { RequestFields } from './ticket/RequestFields';
import { ReviewPanel } from './ticket/ReviewPanel';
import type { BindField } from './ticket/section-props';
import { createSendGuard, flowReducer, initialFlow, isReviewing } from './ticket/send-flow';
import { StartOver } from './ticket/StartOver';
import { useBrowserStart } from './ticket/use-browser-start';
import { useDraftStorage } from './ticket/use-draft-storage';
import { startsLater } from './shared/starts-later';
import { TermLinks } from './shared/TermLinks';
import { VerdictBar } from './shared/VerdictBar';
import { VerdictWarning } from './ticket/VerdictWarning';

/** Keeps the checker's parameters in the address, so a reload or a shared link shows the same request. */
function useAddressInStep(query: string, hydrated: boolean) {
  useEffect(() => {
    if (!hydrated) return; // the link has not been read yet
    const target = query ? `${location.pathname}?${query}` : location.pathname;
    if (target !== location.pathname + location.search) history.replaceState(history.state, '', target);
  }, [query, hydrated]);
}

export default function TicketForm(props: TicketFormProps) {
  const { start, hydrated } = useBrowserStart();
  // A restored draft or a link's answers start a new form (the key changes); an empty start keeps the built one.
  return <TicketRequest key={start.key} {...props} start={start} hydrated={hydrated} />;
}

function TicketRequest(props: TicketFormProps & { start: InitialDraft; hydrated: boolean }) {
  const { coverage, packages, severities, uploads, contacts, delivery, timeoutMs, start, hydrated } = props;
  const [draft, setDraft] = useState(start.draft);
  const [draftKey, setDraftKey] = useState(start.key);
  const [flow, dispatch] = useReducer(flowReducer, initialFlow);
  const [guard] = useState(createSendGuard);
  const [status, setStatus] = useState('');
  // Answers brought from the checker that already settle the verdict are summarised, not asked again, until the
  // customer asks to change them. A restored draft shows its questions as the customer left them.
  const [answersOpen, setAnswersOpen] = useState(
    () => !start.fromChecker || evaluate(checkRequestOf(start.draft), coverage, localToday()).missing.length > 0,
  );
  // The later sections wait for the coverage questions unless the customer asks for them (DetailsAhead.tsx).
  const [detailsOpen, setDetailsOpen] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const reviewRef = useRef<HTMLHeadingElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);

  const saved = useDraftStorage(draft, draftKey, start.stored, hydrated, (other, key) => {
    setDraft(other);
    setDraftKey(key);
    setStatus('The newer draft is loaded.');
  });
  const today = localToday();
  const request = checkRequestOf(draft);
  const answer = evaluate(request, coverage, today);
  const validation = validateTicket(draft, answer, today);
  useAddressInStep(toCheckParams(request).toString(), hydrated);
  // The start date is asked for, not optional, whenever the verdict for these answers depends on it.
  const startNeeded = evaluate({ ...request, start: undefined }, coverage, today).missing.includes('start');

  // Announce what happened to a saved draft once the live region exists: a screen reader reads a
  // change of its text, not the text it was first rendered with, so this must run after mounting.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setStatus(start.message), [start.message]);
  // After each attempt, focus the error summary or the ready request.
  useEffect(() => {
    if (flow.attempts === 0) return;
    (validation.ok ? reviewRef.current : summaryRef.current)?.focus();
    // Only a new attempt moves focus, not every keystroke after it: `attempts` is the only dependency on purpose.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [flow.attempts]);
  useEffect(() => {
    if (flow.phase === 'sent') doneRef.current?.focus();
  }, [flow.phase]);

  const set =
    <K extends keyof Draft>(field: K) =>
    (value: Draft[K]) =>
      setDraft((current) => ({ ...current, [field]: value }));
  const errors = flow.attempts > 0 && !validation.ok ? validation.errors : [];
  const errorOf = (field: TicketField) => errors.find((e) => e.field === field)?.message;
  const bind: BindField = (field) => ({ field, value: draft[field], onChange: set(field), error: errorOf(field) });
  // An error in a summarised answer opens the questions, so the error summary's link has a field to reach.
  const showQuestions = answersOpen || errors.some((e) => e.field !== undefined && REQUEST_FIELDS.has(e.field));
  // A settled verdict, a draft with details or an attempt to go on (whose errors need their fields) shows them.
  const showDetails = detailsOpen || answer.missing.length === 0 || hasDetails(draft) || flow.attempts > 0;
  // Once shown they stay, though a changed answer reopens a question: sections that come and go would lose the reader's place.
  if (showDetails && !detailsOpen) setDetailsOpen(true);

  const pkg = request.package ? packages[request.package] : undefined;
  const route = routeFor(pkg?.channel, delivery);
  const mailbox = pkg?.email;
  const words: TicketWords = {
    portalName: props.portalName,
    packages: Object.fromEntries(coverage.packages.map((p) => [p.id, p.name])) as TicketWords['packages'],
    topics: Object.fromEntries(coverage.topics.map((t) => [t.id, t.label])) as TicketWords['topics'],
    severities: Object.fromEntries(severities.levels.map((l) => [l.level, l.title])),
  };
  const ready = isReviewing(flow) && validation.ok ? validation : undefined;
  const text = ready ? ticketText(ready.payload, words) : '';
  const subject = ready ? ticketSubject(ready.payload, words) : '';
  const linkNotices = summarizeNotices(start.notices);
  // A package that has not started yet is not sent "anyway": the date is what to fix (src/ticket/schema.ts).
  const warnVerdict = (answer.verdict === 'not-covered' || answer.verdict === 'not-stated') && !startsLater(answer);

  /** Enter in a one-line field would submit the whole form (implicit submission): it only ends typing there. */
  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    const target = event.target as HTMLElement;
    if (event.key === 'Enter' && target instanceof HTMLInputElement && target.type !== 'submit' && target.type !== 'button')
      event.preventDefault();
  }

  function onSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    dispatch({ type: 'attempt', valid: validation.ok });
    setStatus(
      validation.ok
        ? ''
        : `The request cannot go on yet: ${validation.errors.length} ${validation.errors.length === 1 ? 'answer needs' : 'answers need'} fixing.`,
    );
  }

  function sendTicket() {
    if (!ready || route === 'email') return;
    const sending = { payload: ready.payload, text, subject, draftKey, pkg };
    // The guard refuses a second activation in the same task (double click, key repeat), before any state update.
    guard.run(async () => {
      dispatch({ type: 'send' });
      setStatus('Sending the ticket…');
      const result = await deliver(props, sending);
      if (result.ok) {
        saved.forget();
        dispatch({ type: 'sent', reference: result.reference });
        setStatus('');
        return true;
      }
      const message = failureText(result, timeoutMs);
      dispatch({ type: 'failed', message });
      setStatus(`${message} Your draft is still saved; you can send it by email instead.`);
      return false;
    });
  }

  function openQuestions() {
    setAnswersOpen(true);
    setStatus('The coverage questions are open to change.');
    requestAnimationFrame(() => document.getElementById(controlId('package'))?.focus());
  }

  function showDetailsNow() {
    setDetailsOpen(true);
    requestAnimationFrame(() => document.getElementById(controlId('name'))?.focus());
  }

  function startOver(message: string) {
    setDraft(emptyDraft());
    setDraftKey(newDraftKey());
    setAnswersOpen(true);
    setDetailsOpen(false);
    guard.reset();
    dispatch({ type: 'start-over' });
    setStatus(message);
    // The saving effect removes the stored draft once the form is empty.
    requestAnimationFrame(() => document.getElementById(controlId('package'))?.focus());
  }

  const sentList = props.tiledesk && (
    <MyRequests tiledesk={props.tiledesk} timeoutMs={timeoutMs} refresh={flow.phase === 'sent' ? flow.reference : undefined} />
  );

  const liveRegion = (
    // Visually hidden: each message is also shown where it belongs (summary, review panel, notes).
    <p className="visually-hidden" role="status" id="ticket-status">
      {status}
    </p>
  );

  if (flow.phase === 'sent') {
    return (
      <div className="ticket-form">
        {liveRegion}
        <section className="sent" aria-labelledby="ticket-sent-title">
          <h2 id="ticket-sent-title" ref={doneRef} tabIndex={-1}>
            Your ticket was sent
          </h2>
          {flow.reference ? (
            <p>
              The ticket service took it with the reference <strong>{flow.reference}</strong>. Keep it for any follow-up.
            </p>
          ) : (
            <p>The ticket service confirmed it received the request.</p>
          )}
          <p>The draft was deleted from this browser.</p>
          <button type="button" onClick={() => startOver('The form is empty, ready for a new request.')}>
            Start a new request
          </button>
        </section>
        {sentList}
      </div>
    );
  }

  return (
    <div className="ticket-form">
      {liveRegion}
      {linkNotices.shown.length > 0 && (
        <div className="notice link-notices">
          <p>Some values in the link you followed were ignored:</p>
          <ul>
            {linkNotices.shown.map((notice, i) => (
              <li key={i}>{notice.message}</li>
            ))}
            {linkNotices.more > 0 && <li>{moreNoticesText(linkNotices.more)}</li>}
          </ul>
        </div>
      )}
      {start.message && <p className="draft-note">{start.message}</p>}
      {saved.problem && <p className="notice">{saved.problem}</p>}
      {saved.otherTab && <OtherTabNotice other={saved.otherTab} onLoad={saved.loadOther} onKeep={saved.keepMine} />}
      {errors.length > 0 && <ErrorSummary errors={errors} ref={summaryRef} />}

      {/* Disabled until the browser's draft and link are applied (use-browser-start.ts): what was typed or
          clicked in the built form before then would be lost. role="none": it groups nothing to announce. */}
      <fieldset className="form-body" role="none" disabled={!hydrated}>
        {/* onKeyDown listens for Enter from the fields inside (one listener for all), not on the form itself. */}
        {/* eslint-disable-next-line jsx-a11y-x/no-noninteractive-element-interactions */}
        <form noValidate onSubmit={onSubmit} onKeyDown={onKeyDown} aria-label="Support request" aria-describedby="ticket-required-note">
          <p className="hint" id="ticket-required-note">
            {REQUIRED_NOTE}
          </p>
          <section className="form-section" aria-labelledby="ticket-about-title">
            <h2 id="ticket-about-title">Your package and request</h2>
            {showQuestions ? (
              <RequestFields draft={draft} bind={bind} coverage={coverage} startNeeded={startNeeded} />
            ) : (
              <AnswersSummary draft={draft} coverage={coverage} onChange={openQuestions} />
            )}
            <VerdictBar
              answer={answer}
              request={request}
              pkg={coverage.packages.find((p) => p.id === request.package)}
              href="#ticket-coverage-title"
              className="ticket-verdict-bar"
            />
            <CoveragePanel answer={answer} request={request} coverage={coverage} />
            <HowItIsSent packageId={request.package} pkg={pkg} route={route} />
            {request.package === 'none' && (
              <p className="notice">
                <strong>Without a support package the vendor does not answer.</strong> {severities.packages.none.text}{' '}
                <TermLinks ids={severities.packages.none.terms} /> You can still prepare the email below. To buy a package, write to{' '}
                <a href={`mailto:${contacts.sales}`}>{contacts.sales}</a>; the{' '}
                <a href={withBase('/kb/support-without-a-package/')}>community channels</a> are open to everyone.
              </p>
            )}
          </section>

          {showDetails ? (
            <DetailSections
              draft={draft}
              bind={bind}
              packageId={request.package}
              packageName={pkg?.name}
              severities={severities}
              uploads={uploads}
            />
          ) : (
            <DetailsAhead onShow={showDetailsNow} />
          )}

          {warnVerdict && (
            <VerdictWarning
              answer={answer}
              checked={draft.acknowledgedVerdict}
              onChange={set('acknowledgedVerdict')}
              error={errorOf('acknowledgedVerdict')}
            />
          )}

          {showDetails && (
            <div className="form-actions">
              <button type="submit">Review the request</button>
              <p className="hint">Nothing is sent yet: next you see the full text and choose how to send it.</p>
            </div>
          )}
        </form>

        {ready && (
          <ReviewPanel
            headingRef={reviewRef}
            route={route}
            text={text}
            mailto={mailtoLink(mailbox ?? '', subject, text)}
            fileName={ticketFileName(ready.payload)}
            mailbox={mailbox}
            packageName={pkg?.name}
            flow={flow}
            onSend={sendTicket}
            announce={setStatus}
            feedback={status}
            secretsWarning={secretsWarning([draft.description, draft.steps, draft.logs])}
          />
        )}

        <StartOver onConfirm={() => startOver('Your draft was deleted and the form is empty.')} />
      </fieldset>
      {sentList}
    </div>
  );
}
