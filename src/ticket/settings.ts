/**
 * Build-time settings of the ticket form, read from PUBLIC_ environment
 * variables (README, "Settings"). They end up in the published page, so no
 * URL may carry credentials. A wrong value stops the build with the
 * variable's name and what to write instead.
 */
import type { DeliveryChannel } from './send';

export const DEFAULT_TIMEOUT_MS = 15_000;
const MIN_TIMEOUT_MS = 1_000;
const MAX_TIMEOUT_MS = 120_000;
const CHANNELS: readonly DeliveryChannel[] = ['email', 'endpoint', 'tiledesk'];

export interface TiledeskSettings {
  /** PUBLIC_TILEDESK_API_URL without its trailing slash, e.g. https://support.example.com/api. */
  apiUrl: string;
  /** PUBLIC_TILEDESK_PROJECT_ID: the vendor's Tiledesk project (a 24-hex id). */
  projectId: string;
}

export interface TicketSettings {
  /** How requests of ticket-channel packages (Enterprise) travel. Email packages always go by email. */
  channel: DeliveryChannel;
  /** Where tickets are POSTed when the channel is "endpoint". */
  endpoint?: string | undefined;
  /** The Tiledesk project when the channel is "tiledesk". */
  tiledesk?: TiledeskSettings | undefined;
  /** How long to wait for the ticket service before offering email instead. */
  timeoutMs: number;
}

/** A public http(s) URL without credentials, or a build error naming the variable. */
function publicUrl(name: string, raw: string, example: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${name} must be an absolute http(s) URL, e.g. ${example}; got ${JSON.stringify(raw)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${name} must use https: (or http: for local tests); got ${url.protocol}`);
  }
  if (url.username || url.password) {
    throw new Error(`${name} must not contain a user name or password: it is published in the page. Protect the service another way.`);
  }
  return url;
}

export function readTicketSettings(env: Record<string, string | undefined>): TicketSettings {
  const rawEndpoint = env['PUBLIC_TICKET_ENDPOINT']?.trim();
  const rawTimeout = env['PUBLIC_TICKET_TIMEOUT_MS']?.trim();
  const rawChannel = env['PUBLIC_TICKET_CHANNEL']?.trim();

  // Unset: "endpoint" where an endpoint is configured (as before the setting existed), else "email".
  const channel = (rawChannel || (rawEndpoint ? 'endpoint' : 'email')) as DeliveryChannel;
  if (!CHANNELS.includes(channel)) {
    throw new Error(`PUBLIC_TICKET_CHANNEL must be one of ${CHANNELS.join(', ')}; got ${JSON.stringify(rawChannel)}`);
  }

  let endpoint: string | undefined;
  if (channel === 'endpoint') {
    if (!rawEndpoint)
      throw new Error(
        'PUBLIC_TICKET_CHANNEL=endpoint needs PUBLIC_TICKET_ENDPOINT, the URL tickets are POSTed to, e.g. https://tickets.example.com/api/tickets',
      );
    endpoint = publicUrl('PUBLIC_TICKET_ENDPOINT', rawEndpoint, 'https://tickets.example.com/api/tickets').href;
  }

  let tiledesk: TiledeskSettings | undefined;
  if (channel === 'tiledesk') {
    const rawApi = env['PUBLIC_TILEDESK_API_URL']?.trim();
    const projectId = env['PUBLIC_TILEDESK_PROJECT_ID']?.trim() ?? '';
    if (!rawApi)
      throw new Error(
        'PUBLIC_TICKET_CHANNEL=tiledesk needs PUBLIC_TILEDESK_API_URL, the Tiledesk API base URL, e.g. https://support.example.com/api',
      );
    const api = publicUrl('PUBLIC_TILEDESK_API_URL', rawApi, 'https://support.example.com/api');
    if (!/\/(api|v3)\/?$/.test(api.pathname)) {
      throw new Error(
        `PUBLIC_TILEDESK_API_URL must be the API base, ending in /api (self-hosted) or /v3 (cloud); got ${JSON.stringify(rawApi)}`,
      );
    }
    if (!/^[a-f0-9]{24}$/i.test(projectId)) {
      throw new Error(
        `PUBLIC_TILEDESK_PROJECT_ID must be the Tiledesk project id, 24 hexadecimal characters (Dashboard → Settings → Project); got ${JSON.stringify(projectId)}`,
      );
    }
    tiledesk = { apiUrl: api.href.replace(/\/$/, ''), projectId };
  }

  let timeoutMs = DEFAULT_TIMEOUT_MS;
  if (rawTimeout) {
    timeoutMs = Number(rawTimeout);
    if (!/^\d+$/.test(rawTimeout) || timeoutMs < MIN_TIMEOUT_MS || timeoutMs > MAX_TIMEOUT_MS) {
      throw new Error(
        `PUBLIC_TICKET_TIMEOUT_MS must be a whole number of milliseconds from ${MIN_TIMEOUT_MS} to ${MAX_TIMEOUT_MS}; got ${JSON.stringify(rawTimeout)}`,
      );
    }
  }
  return { channel, endpoint, tiledesk, timeoutMs };
}
