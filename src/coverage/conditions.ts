/** Conditions in plain words, for lists and tables (the checker shows the live status instead). */
import type { Advice } from './advice';
import { fill } from './fill';
import type { Condition } from './schema';

export function describeCondition(condition: Condition, advice: Advice): string {
  if (condition.kind === 'note') return condition.text;
  const { describe } = advice.window;
  return fill(describe.text, {
    days: condition.days,
    last: fill(condition.inclusive ? describe.lastIncluded : describe.lastExcluded, { days: condition.days }),
  });
}
