/** What src/pages/ticket.astro hands the ticket island: content and build settings, all plain data. */
import type { Channel, PackageId } from '../../coverage/ids';
import type { CoverageData } from '../../coverage/model';
import type { Severities } from '../../schemas/severities';
import type { Uploads } from '../../schemas/uploads';

export interface PackageFacts {
  name: string;
  channel: Channel;
  /** The terms that set the channel, e.g. ["T3", "T11.5"]. */
  channelTerms: string[];
}

export interface TicketFormProps {
  portalName: string;
  /** Where email tickets go, and where to buy a package. */
  contacts: { support: string; sales: string };
  coverage: CoverageData;
  packages: Record<PackageId, PackageFacts>;
  severities: Severities;
  uploads: Uploads;
  /** PUBLIC_TICKET_ENDPOINT: where the ticket channel POSTs; absent means email only. */
  endpoint?: string | undefined;
  /** PUBLIC_TICKET_TIMEOUT_MS. */
  timeoutMs: number;
}
