/** What src/pages/ticket.astro hands the ticket island: content and build settings, all plain data. */
import type { Channel, PackageId } from '../../coverage/ids';
import type { CoverageData } from '../../coverage/model';
import type { Severities } from '../../schemas/severities';
import type { Uploads } from '../../schemas/uploads';
import type { DeliveryChannel } from '../../ticket/send';
import type { TiledeskSettings } from '../../ticket/settings';

export interface PackageFacts {
  name: string;
  channel: Channel;
  /** The terms that set the channel, e.g. ["T3", "T11.5"]. */
  channelTerms: string[];
  /** The mailbox for this package's requests by email; absent when none is published (src/ticket/mailboxes.ts). */
  email?: string | undefined;
  /** The Tiledesk department for this package's requests, if content/site.yaml names one. */
  tiledeskDepartment?: string | undefined;
}

export interface TicketFormProps {
  portalName: string;
  /** Where email tickets go, and where to buy a package. */
  contacts: { support: string; sales: string };
  coverage: CoverageData;
  packages: Record<PackageId, PackageFacts>;
  severities: Severities;
  uploads: Uploads;
  /** PUBLIC_TICKET_CHANNEL: how requests of ticket-channel packages travel. */
  delivery: DeliveryChannel;
  /** PUBLIC_TICKET_ENDPOINT, when the delivery is "endpoint". */
  endpoint?: string | undefined;
  /** PUBLIC_TILEDESK_API_URL and PUBLIC_TILEDESK_PROJECT_ID, when the delivery is "tiledesk". */
  tiledesk?: TiledeskSettings | undefined;
  /** PUBLIC_TICKET_TIMEOUT_MS. */
  timeoutMs: number;
}
