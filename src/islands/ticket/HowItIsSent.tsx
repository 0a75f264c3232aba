/** How the request will travel: by the package's channel, the build's ticket service, and the package's mailbox. */
import type { PackageId } from '../../coverage/ids';
import type { Route } from '../../ticket/send';
import type { PackageFacts } from '../../ticket/package-facts';
import { TermLinks } from '../shared/TermLinks';

interface Props {
  packageId: PackageId | undefined;
  pkg: PackageFacts | undefined;
  route: Route;
}

export function HowItIsSent({ packageId, pkg, route }: Props) {
  if (!pkg || packageId === 'none') return null;
  let text: string;
  if (route === 'tiledesk') text = `${pkg.name} requests are tickets: this form files yours in the vendor’s help desk when you press send.`;
  else if (route === 'endpoint')
    text = `${pkg.name} requests are tickets: this form sends yours to the vendor’s ticket service when you press send.`;
  else if (pkg.channel === 'email')
    text = `${pkg.name} requests go by email, the package’s only channel: this form prepares an email to ${pkg.email ?? 'support'}.`;
  else if (pkg.email)
    text = `${pkg.name} requests are tickets, through the channel named in your purchase order. This form prepares an email to ${pkg.email}; if your contract names another channel, use that one.`;
  else
    text = `${pkg.name} requests are tickets, through the channel named in your purchase order. This portal publishes no ${pkg.name} mailbox: the form prepares the text for you to send to the contact in your purchase order.`;
  return (
    <p className="how-sent">
      {text} <TermLinks ids={pkg.channelTerms} />
    </p>
  );
}
