/**
 * Sending a ticket to the endpoint configured at build time
 * (PUBLIC_TICKET_CHANNEL=endpoint): a POST of the JSON payload with the
 * draft's idempotency key, so the endpoint can recognise a retry of a request
 * it already has. Success only on a 2xx JSON object; every other outcome is a
 * failure value (src/ticket/http.ts).
 */
import type { Channel } from '../coverage/ids';
import { requestJson, type Failure, type RequestOptions } from './http';
import { isRecord } from './is-record';
import type { TicketPayload } from './schema';

export type SendResult = { ok: true; /** The ticket reference the service returned, if any. */ reference?: string | undefined } | Failure;

/** How one request travels: by email, or through the build's ticket channel. */
export type Route = 'email' | 'endpoint' | 'tiledesk';
/** PUBLIC_TICKET_CHANNEL: where requests of a package whose channel is "ticket" go. */
export type DeliveryChannel = Route;

/**
 * Only a package whose support channel is tickets (Enterprise) uses the
 * build's ticket service; email packages (Pro, T11.5) always go by email.
 */
export const routeFor = (channel: Channel | undefined, delivery: DeliveryChannel): Route => (channel === 'ticket' ? delivery : 'email');

/** A reference worth showing: a short string or number, never markup. */
export function referenceOf(value: unknown): string | undefined {
  const text = typeof value === 'number' ? String(value) : value;
  return typeof text === 'string' && /^[\w.:#/-]{1,80}$/.test(text) ? text : undefined;
}

export async function postTicket(
  endpoint: string,
  payload: TicketPayload,
  idempotencyKey: string,
  options: RequestOptions,
): Promise<SendResult> {
  const answer = await requestJson(
    endpoint,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': idempotencyKey },
      body: JSON.stringify(payload),
    },
    options,
  );
  if (!answer.ok) return answer;
  if (!isRecord(answer.json)) return { ok: false, failure: 'unexpected', status: answer.status };
  return { ok: true, reference: referenceOf(answer.json['reference'] ?? answer.json['id']) };
}
