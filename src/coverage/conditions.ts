/** Conditions in plain words, for lists and tables (the checker shows the live status instead). */
import type { Condition } from './schema';

export function describeCondition(condition: Condition): string {
  if (condition.kind === 'note') return condition.text;
  const last = condition.inclusive ? `day ${condition.days} included` : `day ${condition.days} excluded`;
  return `Only within ${condition.days} calendar days of the support package's start date (${last}).`;
}
