/**
 * Which other origins the pages may talk to, from the same build settings the
 * islands read (README, "Settings"): the ticket endpoint and, when set, the
 * Tiledesk API. Everything else is same-origin only.
 */
import { readTicketSettings } from '../ticket/settings';

/** The origin of an optional absolute http(s) URL setting, or a clear error naming the variable. */
function originOf(name: string, value: string | undefined): string | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${name} must be an absolute http(s) URL, e.g. https://tiledesk.example.com/api/; got ${JSON.stringify(raw)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${name} must use https: (or http: for local tests); got ${url.protocol}`);
  }
  return url.origin;
}

/** The origins besides the portal's own that connect-src allows, without repeats. */
export function connectOrigins(env: Record<string, string | undefined>): string[] {
  const origins = [
    originOf('PUBLIC_TICKET_ENDPOINT', readTicketSettings(env).endpoint),
    originOf('PUBLIC_TILEDESK_API_URL', env['PUBLIC_TILEDESK_API_URL']),
  ];
  return [...new Set(origins.filter((origin): origin is string => origin !== undefined))];
}
