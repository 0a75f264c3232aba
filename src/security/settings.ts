/**
 * Which other origins the pages may talk to, from the same build settings the
 * ticket form reads (README, "Settings"): the ticket endpoint or the Tiledesk
 * API of the configured delivery channel. Everything else is same-origin only.
 * readTicketSettings() validates the URLs, so a bad value fails the build once,
 * with one message.
 */
import { readTicketSettings } from '../ticket/settings';

/** The origins besides the portal's own that connect-src allows, without repeats. */
export function connectOrigins(env: Record<string, string | undefined>): string[] {
  const { endpoint, tiledesk } = readTicketSettings(env);
  const urls = [endpoint, tiledesk?.apiUrl].filter((url): url is string => url !== undefined);
  return [...new Set(urls.map((url) => new URL(url).origin))];
}
