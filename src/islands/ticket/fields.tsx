/**
 * Form controls with everything a field needs around it: a visible label, an
 * optional hint, and an error linked by aria-describedby with aria-invalid
 * set. Errors appear only once the customer has tried to go on.
 */
import type { ReactNode } from 'react';
import { FIELD_WORDS } from '../../ticket/field-words';
import type { TicketField } from '../../ticket/fields';
import { controlId, describedBy, errorId, hintId } from './dom-ids';

interface Chrome {
  field: TicketField;
  /** The question; by default the field's label in src/ticket/field-words.ts. */
  label?: string;
  /** Help under the label; by default the field's hint there. */
  hint?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
}

const labelOf = ({ field, label }: Chrome) => label ?? FIELD_WORDS[field].label;
const hintOf = ({ field, hint }: Chrome) => hint ?? FIELD_WORDS[field].hint;

const Label = (props: Chrome) => (
  <label htmlFor={controlId(props.field)}>
    {labelOf(props)}
    {props.optional && <span className="optional"> (optional)</span>}
  </label>
);

const Hint = (props: Chrome) => {
  const hint = hintOf(props);
  return hint ? (
    <p className="hint" id={hintId(props.field)}>
      {hint}
    </p>
  ) : null;
};

export const ErrorText = ({ field, error }: Pick<Chrome, 'field' | 'error'>) =>
  error ? (
    <p className="field-error" id={errorId(field)}>
      <span className="visually-hidden">Error: </span>
      {error}
    </p>
  ) : null;

const a11y = (props: Chrome) => ({
  id: controlId(props.field),
  name: props.field,
  'aria-invalid': props.error ? true : undefined,
  'aria-describedby': describedBy(hintOf(props) !== undefined && hintId(props.field), props.error && errorId(props.field)),
  required: !props.optional,
});

type InputProps = Chrome & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'date';
  autoComplete?: string;
  inputMode?: 'numeric';
  className?: string;
  children?: ReactNode;
};

export function TextInput(props: InputProps) {
  const { value, onChange, type = 'text', autoComplete, inputMode, className, children } = props;
  return (
    <div className={`field${props.error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <Label {...props} />
      <Hint {...props} />
      <ErrorText {...props} />
      <input
        {...a11y(props)}
        type={type}
        value={value}
        autoComplete={autoComplete ?? 'off'}
        inputMode={inputMode}
        spellCheck={type === 'text' ? undefined : false}
        onChange={(event) => onChange(event.target.value)}
      />
      {children}
    </div>
  );
}

/** A multi-line field; `warning` is advice that does not stop the request (shown under it, read with it). */
export function TextArea(
  props: Chrome & { value: string; onChange: (value: string) => void; rows?: number; mono?: boolean; warning?: ReactNode },
) {
  const { field, value, onChange, rows = 5, mono, warning } = props;
  const warningId = `${controlId(field)}-warning`;
  const attributes = a11y(props);
  return (
    <div className={`field${props.error ? ' has-error' : ''}`}>
      <Label {...props} />
      <Hint {...props} />
      <ErrorText {...props} />
      <textarea
        {...attributes}
        aria-describedby={describedBy(attributes['aria-describedby'], warning !== undefined && warningId)}
        rows={rows}
        value={value}
        className={mono ? 'mono' : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {warning !== undefined && (
        <p className="notice field-warning" id={warningId}>
          {warning}
        </p>
      )}
    </div>
  );
}

export interface Option {
  id: string;
  label: string;
}

export function Select(
  props: Chrome & { value: string; onChange: (value: string) => void; options: readonly Option[]; placeholder: string },
) {
  const { value, onChange, options, placeholder } = props;
  return (
    <div className={`field${props.error ? ' has-error' : ''}`}>
      <Label {...props} />
      <Hint {...props} />
      <ErrorText {...props} />
      <select {...a11y(props)} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

type GroupProps = Chrome & {
  options: readonly (Option & { description?: ReactNode })[];
  /** Extra content after the legend and hint, before the options (e.g. a package note). */
  intro?: ReactNode;
  columns?: boolean;
};

/**
 * A fieldset of radios or checkboxes. The legend names the question; each
 * option's description, the hint and the error are read with every option.
 */
function Group(
  props: GroupProps & { type: 'radio' | 'checkbox'; isChecked: (id: string) => boolean; onToggle: (id: string, checked: boolean) => void },
) {
  const { field, options, type, isChecked, onToggle, intro, columns, error, optional } = props;
  return (
    <fieldset
      className={`field group${error ? ' has-error' : ''}`}
      aria-describedby={describedBy(hintOf(props) !== undefined && hintId(field), error && errorId(field))}
    >
      <legend>
        {labelOf(props)}
        {optional && <span className="optional"> (optional)</span>}
      </legend>
      <Hint {...props} />
      {intro}
      <ErrorText {...props} />
      <div className={columns ? 'options columns' : 'options'}>
        {options.map((option, i) => {
          const id = i === 0 ? controlId(field) : `${controlId(field)}-${option.id}`;
          const descriptionId = option.description ? `${id}-description` : undefined;
          return (
            <div className="option" key={option.id}>
              <input
                type={type}
                id={id}
                name={field}
                value={option.id}
                checked={isChecked(option.id)}
                // A radio question is required as the text fields are (and as the plain form's select is); a
                // required checkbox would mean that box must be ticked, so the checkbox list says it in its hint.
                required={type === 'radio' && !optional}
                aria-invalid={error ? true : undefined}
                aria-describedby={descriptionId}
                onChange={(event) => onToggle(option.id, event.target.checked)}
              />
              <label htmlFor={id}>{option.label}</label>
              {option.description && (
                <div className="option-description" id={descriptionId}>
                  {option.description}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

export const RadioGroup = (props: GroupProps & { value: string; onChange: (value: string) => void }) => (
  <Group {...props} type="radio" isChecked={(id) => props.value === id} onToggle={(id) => props.onChange(id)} />
);

export const CheckboxGroup = (props: GroupProps & { value: readonly string[]; onChange: (value: string[]) => void }) => (
  <Group
    {...props}
    type="checkbox"
    isChecked={(id) => props.value.includes(id)}
    onToggle={(id, checked) =>
      // Keep the list's order whatever order the boxes are ticked in.
      props.onChange(props.options.map((o) => o.id).filter((o) => (o === id ? checked : props.value.includes(o))))
    }
  />
);
