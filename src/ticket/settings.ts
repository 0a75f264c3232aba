/**
 * Build-time settings of the ticket form, read from PUBLIC_ environment
 * variables (README, "Settings"). They end up in the published page, so the
 * endpoint must not carry credentials. A wrong value stops the build with the
 * variable's name and what to write instead.
 */

export const DEFAULT_TIMEOUT_MS = 15_000;
const MIN_TIMEOUT_MS = 1_000;
const MAX_TIMEOUT_MS = 120_000;

export interface TicketSettings {
  /** Where tickets are POSTed; absent when tickets go by email only. */
  endpoint?: string | undefined;
  /** How long to wait for the endpoint before offering email instead. */
  timeoutMs: number;
}

export function readTicketSettings(env: Record<string, string | undefined>): TicketSettings {
  const rawEndpoint = env['PUBLIC_TICKET_ENDPOINT']?.trim();
  const rawTimeout = env['PUBLIC_TICKET_TIMEOUT_MS']?.trim();
  let endpoint: string | undefined;
  if (rawEndpoint) {
    let url: URL;
    try {
      url = new URL(rawEndpoint);
    } catch {
      throw new Error(`PUBLIC_TICKET_ENDPOINT must be an absolute http(s) URL, e.g. https://tickets.example.com/api/tickets; got ${JSON.stringify(rawEndpoint)}`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new Error(`PUBLIC_TICKET_ENDPOINT must use https: (or http: for local tests); got ${url.protocol}`);
    }
    if (url.username || url.password) {
      throw new Error('PUBLIC_TICKET_ENDPOINT must not contain a user name or password: it is published in the page. Protect the endpoint another way.');
    }
    endpoint = url.href;
  }
  let timeoutMs = DEFAULT_TIMEOUT_MS;
  if (rawTimeout) {
    timeoutMs = Number(rawTimeout);
    if (!/^\d+$/.test(rawTimeout) || timeoutMs < MIN_TIMEOUT_MS || timeoutMs > MAX_TIMEOUT_MS) {
      throw new Error(`PUBLIC_TICKET_TIMEOUT_MS must be a whole number of milliseconds from ${MIN_TIMEOUT_MS} to ${MAX_TIMEOUT_MS}; got ${JSON.stringify(rawTimeout)}`);
    }
  }
  return { endpoint, timeoutMs };
}
