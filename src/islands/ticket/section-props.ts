/** What every part of the form gets: the draft, and each field's control props bound to it. */
import type { Draft } from '../../ticket/draft';
import type { TicketField } from '../../ticket/fields';

/** A field's control props: its name, its value in the draft, its setter and its error (once the customer has tried to go on). */
export interface BoundField<K extends TicketField> {
  field: K;
  value: Draft[K];
  onChange: (value: Draft[K]) => void;
  error: string | undefined;
}

export type BindField = <K extends TicketField>(field: K) => BoundField<K>;

export interface SectionProps {
  draft: Draft;
  /** Spread on a control: `<TextInput {...bind('name')} />`. */
  bind: BindField;
}
