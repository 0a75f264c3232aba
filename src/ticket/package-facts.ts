/**
 * What the ticket forms need to know of each support package: its name, its
 * channel and where its requests go (mailbox, Tiledesk department), read from
 * the packages' pages and content/site.yaml `tickets`.
 */
import type { Channel, PackageId } from '../coverage/ids';
import type { PackageTickets } from '../schemas/site';

export interface PackageFacts {
  name: string;
  channel: Channel;
  /** The terms that set the channel, e.g. ["T3", "T11.5"]. */
  channelTerms: string[];
  /** The mailbox for this package's requests by email; absent when none is published (see mailboxFor). */
  email?: string | undefined;
  /** The Tiledesk department for this package's requests, if content/site.yaml names one. */
  tiledeskDepartment?: string | undefined;
}

/**
 * Which mailbox a package's requests are emailed to: its own address, else,
 * for a package whose only channel is email (Pro, T11.5), the support address.
 * A ticket-channel package (Enterprise) never falls back to the Pro mailbox:
 * without its own address it has none, and the forms say where to send instead.
 */
export const mailboxFor = (channel: Channel, ownEmail: string | undefined, supportEmail: string): string | undefined =>
  ownEmail ?? (channel === 'email' ? supportEmail : undefined);

interface PackageSource {
  id: string;
  data: { name: string; channel: Channel; channelTerms: string[] };
}

/** Every package's facts, by id, and the ticket-channel packages left without a mailbox (the build warns about those). */
export function packageFactsFrom(
  packages: readonly PackageSource[],
  tickets: Partial<Record<string, PackageTickets>>,
  supportEmail: string,
): { facts: Record<PackageId, PackageFacts>; withoutMailbox: PackageId[] } {
  const withoutMailbox: PackageId[] = [];
  const entries = packages.map(({ id, data }) => {
    const own = tickets[id];
    const email = mailboxFor(data.channel, own?.email, supportEmail);
    if (!email && data.channel === 'ticket') withoutMailbox.push(id as PackageId);
    const facts: PackageFacts = {
      name: data.name,
      channel: data.channel,
      channelTerms: data.channelTerms,
      email,
      tiledeskDepartment: own?.tiledeskDepartment,
    };
    return [id, facts] as const;
  });
  return { facts: Object.fromEntries(entries) as Record<PackageId, PackageFacts>, withoutMailbox };
}
