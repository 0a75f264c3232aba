/** The verdict as a heading, worded once for the checker and the ticket form. */
import type { Answer } from '../../coverage/answer';
import { startsLater } from './starts-later';

interface Named {
  id: string;
  name: string;
}

export function verdictHeadline(answer: Answer, pkg: Named | undefined): string {
  const without = pkg?.id === 'none';
  switch (answer.verdict) {
    case 'covered':
      return `Covered by ${pkg?.name}`;
    case 'not-covered':
      if (without) return 'Not covered: no support package';
      // A start date after today: the package has not started yet.
      return startsLater(answer) ? `Not covered yet: your ${pkg?.name} package has not started` : `Not covered by ${pkg?.name}`;
    case 'not-stated':
      return without ? 'The terms do not say' : `The ${pkg?.name} terms do not say`;
    case 'needs-info':
      return answer.missing.length === 1 ? 'One more answer needed' : `${answer.missing.length} answers needed`;
  }
}
