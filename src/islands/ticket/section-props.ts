/** What every part of the form gets: the draft, a setter per field, and the error to show per field. */
import type { Draft } from '../../ticket/draft';
import type { TicketField } from '../../ticket/fields';

export interface SectionProps {
  draft: Draft;
  set: <K extends keyof Draft>(field: K) => (value: Draft[K]) => void;
  /** The field's error, once the customer has tried to go on; undefined otherwise. */
  errorOf: (field: TicketField) => string | undefined;
}
