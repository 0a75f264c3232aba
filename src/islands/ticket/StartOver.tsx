/**
 * "Start over": deletes the saved draft and empties the form, after one
 * confirmation, since the draft may hold a long description. The question
 * takes focus, so keyboard and screen-reader users land on the choice.
 */
import { useEffect, useRef, useState } from 'react';

export function StartOver({ onConfirm }: { onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) openRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <div className="start-over">
        <button type="button" className="secondary" ref={openRef} onClick={() => setAsking(true)}>
          Start over
        </button>
      </div>
    );
  }
  return (
    <div className="start-over" role="group" aria-labelledby="ticket-start-over-question">
      <p id="ticket-start-over-question">Delete your draft from this browser and empty the form?</p>
      <div className="actions">
        <button
          type="button"
          className="danger"
          ref={confirmRef}
          onClick={() => {
            wasAsking.current = false; // focus goes to the form, not back to this button
            setAsking(false);
            onConfirm();
          }}
        >
          Delete the draft
        </button>
        <button type="button" className="secondary" onClick={() => setAsking(false)}>
          Keep it
        </button>
      </div>
    </div>
  );
}
