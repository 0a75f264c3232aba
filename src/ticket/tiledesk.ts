/**
 * The Tiledesk delivery channel (PUBLIC_TICKET_CHANNEL=tiledesk): the request
 * becomes a conversation in the vendor's own Tiledesk project, through its
 * public REST API, with no secret in the page (tiledesk-server routes/auth.js,
 * routes/message.js, routes/user-request.js):
 *
 * 1. POST {api}/auth/signinAnonymously {id_project, firstname, email} gives a
 *    guest token ("JWT …"), kept in this browser to list the requests later.
 * 2. POST {api}/{project}/requests/{request id}/messages with that token: the
 *    first message creates the request. The request id comes from the draft's
 *    idempotency key, so a retry after a lost answer adds to the same request.
 * 3. GET {api}/{project}/requests/me?status=all lists this guest's requests.
 */
import type { RequestOptions } from './http';
import { requestJson, type Failure } from './http';
import { isRecord } from './is-record';
import type { TicketPayload } from './schema';
import type { SendResult } from './send';
import type { TiledeskSettings } from './settings';

/** localStorage key of the guest session. */
export const GUEST_STORAGE_KEY = 'tiledesk-portal:tiledesk-guest';

export interface GuestSession {
  /** The API and project the token belongs to: a token of another build is not reused. */
  apiUrl: string;
  projectId: string;
  /** "JWT …", as signinAnonymously returns it. */
  token: string;
}

/** The request id Tiledesk files this draft under: fixed by the draft's key, so a retry lands in the same request. */
export const requestIdFor = (draftKey: string) => `support-group-${draftKey.replace(/[^A-Za-z0-9]/g, '').toLowerCase()}`;

/**
 * The request priority for each severity. tiledesk-server stores `priority` as free text with the default
 * "medium" and leaves its wording to the dashboard (models/request.js), so any value is accepted; these four
 * are the usual help-desk scale, chosen to keep "medium" the middle of it.
 */
export const PRIORITY_BY_SEVERITY: Record<number, string> = { 1: 'urgent', 2: 'high', 3: 'medium', 4: 'low' };

/** A stored guest session for these settings, or undefined. Never throws. */
export function readGuest(storage: Storage | undefined, settings: TiledeskSettings): GuestSession | undefined {
  try {
    const stored: unknown = JSON.parse(storage?.getItem(GUEST_STORAGE_KEY) ?? 'null');
    if (!isRecord(stored) || stored['apiUrl'] !== settings.apiUrl || stored['projectId'] !== settings.projectId) return undefined;
    const token = stored['token'];
    return typeof token === 'string' && /^JWT [\w.-]{10,4000}$/.test(token)
      ? { apiUrl: settings.apiUrl, projectId: settings.projectId, token }
      : undefined;
  } catch {
    return undefined;
  }
}

function storeGuest(storage: Storage | undefined, session: GuestSession | undefined) {
  try {
    if (session) storage?.setItem(GUEST_STORAGE_KEY, JSON.stringify(session));
    else storage?.removeItem(GUEST_STORAGE_KEY);
  } catch {
    // Storage blocked: the ticket is still sent; only the list of sent requests is lost.
  }
}

const json = (body: unknown, token?: string): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...(token ? { Authorization: token } : {}) },
  body: JSON.stringify(body),
});

export async function signInAnonymously(
  settings: TiledeskSettings,
  who: { name: string; email: string },
  options: RequestOptions,
): Promise<{ ok: true; session: GuestSession } | Failure> {
  const answer = await requestJson(
    `${settings.apiUrl}/auth/signinAnonymously`,
    json({ id_project: settings.projectId, firstname: who.name, email: who.email }),
    options,
  );
  if (!answer.ok) return answer;
  const token = isRecord(answer.json) ? answer.json['token'] : undefined;
  if (typeof token !== 'string' || !token.startsWith('JWT ')) return { ok: false, failure: 'unexpected', status: answer.status };
  return { ok: true, session: { apiUrl: settings.apiUrl, projectId: settings.projectId, token } };
}

export interface TiledeskTicket {
  payload: TicketPayload;
  /** The readable ticket text (src/ticket/text.ts): what agents read first. */
  text: string;
  subject: string;
  draftKey: string;
  /** The package's Tiledesk department, when content/site.yaml names one. */
  departmentId?: string | undefined;
  /** The page the request was sent from, without its query string. */
  sourcePage: string;
  /** The browser's language, e.g. "en-GB". */
  language: string;
}

/** The first message, which creates the request (fields read by routes/message.js). */
export function firstMessage(ticket: TiledeskTicket) {
  return {
    text: ticket.text,
    type: 'text',
    senderFullname: ticket.payload.ticket.name,
    subject: ticket.subject,
    ...(ticket.departmentId ? { departmentid: ticket.departmentId } : {}),
    priority: PRIORITY_BY_SEVERITY[ticket.payload.ticket.severity] ?? 'medium',
    sourcePage: ticket.sourcePage,
    language: ticket.language,
    // The whole structured payload (package, topic, verdict, terms, severity, version, install, environment…).
    attributes: ticket.payload,
  };
}

/** Sends the ticket: reuses this browser's guest token, signs in again once if it is refused. */
export async function sendToTiledesk(
  settings: TiledeskSettings,
  ticket: TiledeskTicket,
  storage: Storage | undefined,
  options: RequestOptions,
): Promise<SendResult> {
  const requestId = requestIdFor(ticket.draftKey);
  const url = `${settings.apiUrl}/${encodeURIComponent(settings.projectId)}/requests/${requestId}/messages`;
  let session = readGuest(storage, settings);
  for (let attempt = 0; attempt < 2; attempt++) {
    const fresh = !session;
    if (!session) {
      const signIn = await signInAnonymously(settings, { name: ticket.payload.ticket.name, email: ticket.payload.ticket.email }, options);
      if (!signIn.ok) return signIn;
      session = signIn.session;
      storeGuest(storage, session);
    }
    const answer = await requestJson(url, json(firstMessage(ticket), session.token), options);
    if (!answer.ok) {
      // A stored token the server no longer accepts (expired, other secret): forget it and sign in once more.
      if (!fresh && answer.failure === 'http' && answer.status === 401) {
        storeGuest(storage, undefined);
        session = undefined;
        continue;
      }
      return answer;
    }
    const message = answer.json;
    const confirmed =
      isRecord(message) &&
      (message['recipient'] === requestId || (isRecord(message['request']) && message['request']['request_id'] === requestId));
    return confirmed ? { ok: true, reference: requestId } : { ok: false, failure: 'unexpected', status: answer.status };
  }
  return { ok: false, failure: 'http', status: 401 };
}

/** Tiledesk's request statuses (models/requestConstants.js), in the customer's words. */
export const STATUS_TEXT: Record<number, string> = {
  50: 'Being created',
  100: 'Received, waiting for an agent',
  150: 'Abandoned',
  200: 'An agent is on it',
  300: 'Answered',
  1000: 'Closed',
};

export interface SentRequest {
  id: string;
  subject: string;
  status: string;
  /** ISO 8601, or empty when the server did not say. */
  createdAt: string;
}

/** This browser's requests, newest first as the server lists them; undefined session means nothing was sent from here. */
export async function listMyRequests(
  session: GuestSession,
  options: RequestOptions,
): Promise<{ ok: true; requests: SentRequest[] } | Failure> {
  const answer = await requestJson(
    `${session.apiUrl}/${encodeURIComponent(session.projectId)}/requests/me?status=all&limit=20`,
    { method: 'GET', headers: { Accept: 'application/json', Authorization: session.token } },
    options,
  );
  if (!answer.ok) return answer;
  const list = isRecord(answer.json) ? answer.json['requests'] : undefined;
  if (!Array.isArray(list)) return { ok: false, failure: 'unexpected', status: answer.status };
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const requests = list.filter(isRecord).map((r) => ({
    id: text(r['request_id']),
    subject: text(r['subject']) || text(r['first_text']).split('\n')[0] || '',
    status: (typeof r['status'] === 'number' && STATUS_TEXT[r['status']]) || 'Unknown',
    createdAt: text(r['createdAt']),
  }));
  return { ok: true, requests: requests.filter((r) => r.id !== '') };
}
