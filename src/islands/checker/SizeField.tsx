/**
 * One size question of the checker (agents or bots). It keeps what was typed, even a value the
 * checker cannot use (-3, 1e9), and says why beside the field, as the ticket form does, instead
 * of emptying it; such a value leaves the answer and the link as if the question were unanswered.
 */
import { useState } from 'react';
import { MAX_SIZE, parseSize } from '../../coverage/size';
import { sizeError, type SizeName } from '../../lib/size-words';

interface Props {
  name: SizeName;
  label: string;
  /** The usable value in the checker's request (from the link, or as last typed). */
  value: number | undefined;
  onChange: (value: number | undefined) => void;
}

export function SizeField({ name, label, value, onChange }: Props) {
  const [typed, setTyped] = useState({ text: value === undefined ? '' : String(value), refused: false, for: value });
  // A value that changed from elsewhere (Back, Forward) replaces what was typed.
  if (value !== typed.for) setTyped({ text: value === undefined ? '' : String(value), refused: false, for: value });

  const id = `check-${name}`;
  const errorId = `${id}-error`;
  const error = typed.refused ? sizeError(name) : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        max={MAX_SIZE}
        step={1}
        value={typed.text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => {
          const text = e.target.value;
          const size = parseSize(text);
          // A number field reports "" for what it cannot read (such as "1e"): that is refused too, not empty.
          const refused = e.target.validity.badInput || (text !== '' && size === undefined);
          setTyped({ text, refused, for: size });
          onChange(size);
        }}
      />
      {/* Always in the page, so screen readers announce the message when it appears. */}
      <div aria-live="polite">
        {error && (
          <p className="field-error" id={errorId}>
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
