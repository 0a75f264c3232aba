/**
 * The request as it will be sent, and the ways to send it. Nothing leaves the
 * page until the customer presses one of these: the email link (their mail
 * program then asks them to send), or "Send the ticket" for an endpoint.
 */
import { useEffect, useRef, type Ref, type RefObject } from 'react';
import { MAILTO_MAX_LENGTH, type MailtoLink } from '../../ticket/mailto';
import type { Route } from '../../ticket/send';
import { textFileHref } from '../../ticket/text';

export type SendState =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'failed'; message: string }
  | { kind: 'sent'; reference?: string | undefined };

interface Props {
  headingRef: Ref<HTMLHeadingElement>;
  route: Route;
  text: string;
  mailto: MailtoLink;
  fileName: string;
  supportEmail: string;
  send: SendState;
  onSend: () => void;
  /** Announces a short message in the page's live region. */
  announce: (message: string) => void;
  /** The last message, shown under the buttons for those who do not hear the live region. */
  feedback: string;
  /** Advice when the text seems to hold secrets. */
  secretsWarning?: string | undefined;
}

function EmailActions({ text, mailto, fileName, supportEmail, announce, feedback, preview }: Props & { preview: RefObject<HTMLTextAreaElement | null> }) {
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
      <p>
        Send it by email to <strong>{supportEmail}</strong>: open it in your email program, check it, and send it from there.
      </p>
      {!mailto.complete && (
        <p className="notice" id="ticket-mailto-cut">
          Your request is longer than an email link can carry (about {MAILTO_MAX_LENGTH.toLocaleString('en')} characters), so the
          email opens with the first part only. Copy the full text, or download it, and paste it into the email or attach the file.
        </p>
      )}
      <div className="actions">
        <a
          className="button"
          href={mailto.href}
          aria-describedby={mailto.complete ? undefined : 'ticket-mailto-cut'}
          onClick={() => announce('Your email program should open with the request. After sending it, you can delete the draft with “Start over”.')}
        >
          Open in your email program
        </a>
        <button type="button" className="secondary" onClick={() => void copy()}>
          Copy the text
        </button>
        <a className="button secondary" href={textFileHref(text)} download={fileName} onClick={() => announce(`The request is downloaded as ${fileName}.`)}>
          Download as a text file
        </a>
      </div>
      {feedback && <p className="action-feedback">{feedback}</p>}
    </>
  );
}

export function ReviewPanel(props: Props) {
  const { headingRef, route, text, send, onSend } = props;
  const preview = useRef<HTMLTextAreaElement>(null);
  const failedRef = useRef<HTMLDivElement>(null);
  const emailPath = route === 'email' || send.kind === 'failed';
  // The send button goes away with a failure: put focus on what replaced it.
  useEffect(() => {
    if (send.kind === 'failed') failedRef.current?.focus();
  }, [send]);
  return (
    <section className="review" aria-labelledby="ticket-review-title">
      <h2 id="ticket-review-title" ref={headingRef} tabIndex={-1}>
        Your request is ready to send
      </h2>
      {props.secretsWarning && <p className="notice">{props.secretsWarning}</p>}
      {route === 'endpoint' && send.kind !== 'failed' && (
        <>
          <p>Check the text below, then send it to the vendor’s ticket service.</p>
          <div className="actions">
            {/* aria-disabled, not disabled: a disabled button would drop the keyboard focus to the page. */}
            <button type="button" onClick={onSend} aria-disabled={send.kind === 'sending'}>
              {send.kind === 'sending' ? 'Sending…' : 'Send the ticket'}
            </button>
          </div>
        </>
      )}
      {send.kind === 'failed' && (
        <div className="send-failed" ref={failedRef} tabIndex={-1}>
          <p>
            <strong>{send.message}</strong> Your draft is still saved in this browser. Send the request by email instead, or try the
            ticket service again later.
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
