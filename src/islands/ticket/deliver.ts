/** Sends a ready request through the build's ticket service; the email route is the customer's own click, not this. */
import type { SendResult } from '../../ticket/send';
import { postTicket } from '../../ticket/send';
import type { TicketPayload } from '../../ticket/schema';
import { sendToTiledesk } from '../../ticket/tiledesk';
import { draftStorage } from './initial-draft';
import type { PackageFacts } from '../../ticket/package-facts';
import type { TicketFormProps } from './props';

export interface Ready {
  payload: TicketPayload;
  text: string;
  subject: string;
  draftKey: string;
  pkg: PackageFacts | undefined;
}

export async function deliver(
  props: Pick<TicketFormProps, 'delivery' | 'endpoint' | 'tiledesk' | 'timeoutMs'>,
  ready: Ready,
): Promise<SendResult> {
  const options = { timeoutMs: props.timeoutMs };
  if (props.delivery === 'endpoint' && props.endpoint) return postTicket(props.endpoint, ready.payload, ready.draftKey, options);
  if (props.delivery === 'tiledesk' && props.tiledesk) {
    return sendToTiledesk(
      props.tiledesk,
      {
        payload: ready.payload,
        text: ready.text,
        subject: ready.subject,
        draftKey: ready.draftKey,
        departmentId: ready.pkg?.tiledeskDepartment,
        sourcePage: location.origin + location.pathname,
        language: navigator.language,
      },
      draftStorage(),
      options,
    );
  }
  // Unreachable with the build's settings (readTicketSettings checks them); a value, not a throw, all the same.
  return { ok: false, failure: 'network' };
}
