/**
 * Sending a ticket to the endpoint configured at build time: a POST of the
 * JSON payload, given up after a timeout. Every failure (no network, an HTTP
 * error, no answer in time) comes back as a value, never as an exception, so
 * the form can keep the draft and offer the email path instead.
 */
import type { Channel } from '../coverage/ids';
import type { TicketPayload } from './schema';

export type SendResult =
  | { ok: true; /** The ticket reference the endpoint returned, if any. */ reference?: string | undefined }
  | { ok: false; failure: 'timeout' | 'network' | 'http'; status?: number | undefined };

export type Route = 'endpoint' | 'email';

/** How a ticket travels: the ticket channel uses the endpoint when one is configured; everything else is email. */
export const routeFor = (channel: Channel | undefined, endpoint: string | undefined): Route =>
  channel === 'ticket' && endpoint ? 'endpoint' : 'email';

/** A reference worth showing: a short string or number under "reference" or "id" in a JSON answer. */
function referenceIn(body: string): string | undefined {
  try {
    const json: unknown = JSON.parse(body);
    if (typeof json !== 'object' || json === null) return undefined;
    const value = (json as Record<string, unknown>)['reference'] ?? (json as Record<string, unknown>)['id'];
    const text = typeof value === 'number' ? String(value) : value;
    return typeof text === 'string' && /^[\w.:#/-]{1,80}$/.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}

export interface SendOptions {
  timeoutMs: number;
  /** Injected for tests; the browser's fetch by default. */
  fetch?: typeof fetch;
}

export async function postTicket(endpoint: string, payload: TicketPayload, options: SendOptions): Promise<SendResult> {
  const doFetch = options.fetch ?? fetch;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    const response = await doFetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(payload),
      signal: controller.signal,
      credentials: 'omit',
      cache: 'no-store',
    });
    // Reading the answer is part of the request: a server that sends headers and then stalls also times out.
    const body = await response.text();
    if (!response.ok) return { ok: false, failure: 'http', status: response.status };
    return { ok: true, reference: referenceIn(body) };
  } catch {
    return { ok: false, failure: controller.signal.aborted ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}

/** What went wrong, for the customer. */
export function failureText(result: Extract<SendResult, { ok: false }>, timeoutMs: number): string {
  if (result.failure === 'timeout') {
    return `The ticket service did not answer within ${Math.round(timeoutMs / 1000)} seconds, so the request was not sent.`;
  }
  if (result.failure === 'http') {
    return `The ticket service refused the request (HTTP ${result.status ?? 'error'}), so it was not sent.`;
  }
  return 'The ticket service could not be reached (no network, or it is down), so the request was not sent.';
}
