/** Human wording for the coded values in content and coverage data. */
import type { Channel, PackageId, Priority } from '../coverage/ids';
import { withBase } from './site-url';

export const channelLabel: Record<Channel, string> = {
  email: 'Email only',
  ticket: 'Support tickets',
  none: 'No vendor channel',
};

export const priorityLabel: Record<Priority, string> = {
  highest: 'Highest priority',
  'best-effort': 'Best effort, no resolution SLA',
  none: 'Not applicable',
};

/** Link to a package's page (under the base path). */
export const packageHref = (id: PackageId | string) => withBase(`/packages/${id}/`);

// One formatter for the whole build: toLocaleDateString() builds a new one on
// every call, which cost 13 % of page rendering at 10,000 articles (bench/).
const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2026-11-26" → "26 November 2026". */
export function formatDate(iso: string) {
  return dateFormat.format(new Date(`${iso}T00:00:00Z`));
}
