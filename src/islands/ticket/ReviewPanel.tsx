/**
 * The request as it will be sent, and the ways to send it. Nothing leaves the
 * page until the customer presses one of these: the email link (their mail
 * program then asks them to send), or "Send the ticket" for the build's
 * ticket service (an endpoint or the vendor's Tiledesk).
 */
import { useEffect, useRef, type Ref, type RefObject } from 'react';
import { readableNumber } from '../../coverage/readable-number';
import { MAILTO_MAX_LENGTH, type MailtoLink } from '../../ticket/mailto';
import type { Route } from '../../ticket/send';
import { textFileHref } from '../../ticket/text';
import type { FlowState } from './send-flow';

interface Props {
  headingRef: Ref<HTMLHeadingElement>;
  route: Route;
  text: string;
  mailto: MailtoLink;
  fileName: string;
  /** The package's mailbox; undefined when none is published (the customer addresses the email). */
  mailbox: string | undefined;
  packageName: string | undefined;
  flow: FlowState;
  onSend: () => void;
  /** Announces a short message in the page's live region. */
  announce: (message: string) => void;
  /** The last message, shown under the buttons for those who do not hear the live region. */
  feedback: string;
  /** Advice when the text seems to hold secrets. */
  secretsWarning?: string | undefined;
}

function EmailActions({
  text,
  mailto,
  fileName,
  mailbox,
  packageName,
  announce,
  feedback,
  preview,
}: Props & { preview: RefObject<HTMLTextAreaElement | null> }) {
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      announce('The full text is copied. Paste it into your email.');
    } catch {
      preview.current?.focus();
      preview.current?.select();
      announce('This browser did not let the page copy. The text is selected below: press Ctrl+C, or Command+C on a Mac, to copy it.');
    }
  };
  return (
    <>
      {mailbox ? (
        <p>
          Send it by email to <strong>{mailbox}</strong>: open it in your email program, check it, and send it from there.
        </p>
      ) : (
        <p>
          <strong>This portal publishes no email address for {packageName ?? 'these'} requests.</strong> Your email program opens with the
          text but no recipient: address it to the support contact named in your purchase order, or send the text through the channel your
          contract names.
        </p>
      )}
      {!mailto.complete && (
        <p className="notice" id="ticket-mailto-cut">
          Your request is longer than an email link can carry (about {readableNumber(MAILTO_MAX_LENGTH)} characters), so the email opens
          with the first part only. Copy the full text, or download it, and paste it into the email or attach the file.
        </p>
      )}
      <div className="actions">
        <a
          className="button"
          href={mailto.href}
          aria-describedby={mailto.complete ? undefined : 'ticket-mailto-cut'}
          onClick={() =>
            announce('Your email program should open with the request. After sending it, you can delete the draft with “Start over”.')
          }
        >
          Open in your email program
        </a>
        <button type="button" className="secondary" onClick={() => void copy()}>
          Copy the text
        </button>
        <a
          className="button secondary"
          href={textFileHref(text)}
          download={fileName}
          onClick={() => announce(`The request is downloaded as ${fileName}.`)}
        >
          Download as a text file
        </a>
      </div>
      {feedback && <p className="action-feedback">{feedback}</p>}
    </>
  );
}

export function ReviewPanel(props: Props) {
  const { headingRef, route, text, flow, onSend } = props;
  const preview = useRef<HTMLTextAreaElement>(null);
  const failedRef = useRef<HTMLDivElement>(null);
  const emailPath = route === 'email' || flow.phase === 'failed';
  const failure = flow.phase === 'failed' ? flow.message : undefined;
  // The send button goes away with a failure: put focus on what replaced it.
  useEffect(() => {
    if (failure) failedRef.current?.focus();
  }, [failure]);
  return (
    <section className="review" aria-labelledby="ticket-review-title">
      <h2 id="ticket-review-title" ref={headingRef} tabIndex={-1}>
        Your request is ready to send
      </h2>
      {props.secretsWarning && <p className="notice">{props.secretsWarning}</p>}
      {route !== 'email' && !failure && (
        <>
          <p>Check the text below, then send it to the vendor’s ticket service.</p>
          <div className="actions">
            {/* aria-disabled, not disabled: a disabled button would drop the keyboard focus to the page. */}
            <button type="button" onClick={onSend} aria-disabled={flow.phase === 'sending'}>
              {flow.phase === 'sending' ? 'Sending…' : 'Send the ticket'}
            </button>
          </div>
        </>
      )}
      {failure && (
        <div className="send-failed" ref={failedRef} tabIndex={-1}>
          <p>
            <strong>{failure}</strong> Your draft is still saved in this browser. Send the request by email instead, or try the ticket
            service again later.
          </p>
          <div className="actions">
            <button type="button" className="secondary" onClick={onSend}>
              Try the ticket service again
            </button>
          </div>
        </div>
      )}
      {emailPath && <EmailActions {...props} preview={preview} />}
      <div className="field">
        <label htmlFor="ticket-preview">The text that will be sent</label>
        <textarea id="ticket-preview" ref={preview} readOnly value={text} rows={14} className="mono" />
      </div>
    </section>
  );
}
