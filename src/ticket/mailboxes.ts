/**
 * Which mailbox a package's requests are emailed to: its own address from
 * content/site.yaml (`tickets.<package>.email`), else, for a package whose
 * only channel is email (Pro, T11.5), the support address. A ticket-channel
 * package (Enterprise) never falls back to the Pro mailbox: without its own
 * address it has none, and the form says where to send instead.
 */
import type { Channel } from '../coverage/ids';

export const mailboxFor = (channel: Channel, ownEmail: string | undefined, supportEmail: string): string | undefined =>
  ownEmail ?? (channel === 'email' ? supportEmail : undefined);
