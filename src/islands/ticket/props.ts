/** What src/pages/ticket.astro hands the ticket island: content and build settings, all plain data. */
import type { PackageId } from '../../coverage/ids';
import type { CoverageData } from '../../coverage/model';
import type { Severities } from '../../schemas/severities';
import type { Uploads } from '../../schemas/uploads';
import type { PackageFacts } from '../../ticket/package-facts';
import type { DeliveryChannel } from '../../ticket/send';
import type { TiledeskSettings } from '../../ticket/settings';

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
