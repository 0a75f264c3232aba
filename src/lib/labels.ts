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

/** "2026-11-26" → "26 November 2026" (the one date format for people: src/coverage/dates.ts). */
export { readableDate as formatDate } from '../coverage/dates';
