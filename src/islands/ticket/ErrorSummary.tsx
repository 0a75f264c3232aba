/**
 * The list of what stops the request, at the top of the form. It takes focus
 * after a failed attempt, so a screen reader reads it at once, and each item
 * links to its field.
 */
import type { MouseEvent, Ref } from 'react';
import type { FieldError } from '../../ticket/validate';
import { controlId } from './dom-ids';

function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const control = document.getElementById(id);
  if (!control) return;
  event.preventDefault(); // focus instead of jumping: the URL keeps the checker's parameters, without a #fragment
  control.focus();
  // Bring the field's label or legend into view along with the control.
  (control.closest('.field') ?? control).scrollIntoView({ block: 'start' });
}

export function ErrorSummary({ errors, ref }: { errors: FieldError[]; ref: Ref<HTMLDivElement> }) {
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby="ticket-error-summary-title">
      <h2 id="ticket-error-summary-title">
        {errors.length === 1 ? 'One answer needs fixing before you go on' : `${errors.length} answers need fixing before you go on`}
      </h2>
      <ul>
        {errors.map(({ field, message }) => (
          <li key={field ?? message}>
            {field ? (
              <a href={`#${controlId(field)}`} onClick={(event) => focusField(event, controlId(field))}>
                {message}
              </a>
            ) : (
              message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
