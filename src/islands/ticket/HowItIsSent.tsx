/** How the request will travel, by the package's channel and whether a ticket endpoint is configured. */
import type { PackageId } from '../../coverage/ids';
import type { Route } from '../../ticket/send';
import type { PackageFacts } from './props';
import { TermLinks } from '../shared/TermLinks';

interface Props {
  packageId: PackageId | undefined;
  pkg: PackageFacts | undefined;
  route: Route;
  supportEmail: string;
}

export function HowItIsSent({ packageId, pkg, route, supportEmail }: Props) {
  if (!pkg || packageId === 'none') return null;
  let text: string;
  if (route === 'endpoint') text = `${pkg.name} requests are tickets: this form sends yours to the vendor’s ticket service when you press send.`;
  else if (pkg.channel === 'email') text = `${pkg.name} requests go by email, the package’s only channel: this form prepares an email to ${supportEmail}.`;
  else
    text = `${pkg.name} requests are tickets, through the channel named in your purchase order. This form prepares an email to ${supportEmail}; if your contract names another channel, use that one.`;
  return (
    <p className="how-sent">
      {text} <TermLinks ids={pkg.channelTerms} />
    </p>
  );
}
