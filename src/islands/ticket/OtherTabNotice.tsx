/**
 * Shown when another tab saved (or deleted) the draft after this one: this
 * tab has stopped saving, and the customer chooses which draft to keep.
 * Takes focus when it appears, so nobody types on without seeing it.
 */
import { useEffect, useRef } from 'react';
import type { OtherTabDraft } from './use-draft-storage';

interface Props {
  other: OtherTabDraft;
  onLoad: () => void;
  onKeep: () => void;
}

const when = (date: Date) => date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

export function OtherTabNotice({ other, onLoad, onKeep }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const deleted = other.draft === undefined;
  return (
    <div className="notice other-tab" role="group" aria-labelledby="ticket-other-tab-title" ref={ref} tabIndex={-1}>
      <p id="ticket-other-tab-title">
        <strong>
          {deleted
            ? 'Another tab sent or deleted this draft.'
            : `Another tab saved a newer draft${other.savedAt ? ` at ${when(other.savedAt)}` : ''}.`}
        </strong>{' '}
        This tab has stopped saving so that nothing is overwritten. Which one do you want to keep?
      </p>
      <div className="actions">
        <button type="button" onClick={onLoad}>
          {deleted ? 'Empty this form' : 'Load the newer draft'}
        </button>
        <button type="button" className="secondary" onClick={onKeep}>
          Keep mine
        </button>
      </div>
    </div>
  );
}
