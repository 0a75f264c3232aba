/** Human wording for the coded values in content and coverage data. */
import type { Channel, PackageId, Priority } from '../coverage/ids';

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

export const packageHref = (id: PackageId | string) => `/packages/${id}/`;

export function formatDate(iso: string) {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
