/**
 * A local stand-in for the three tiledesk-server routes the portal uses, with
 * their documented contract (routes/auth.js, routes/message.js,
 * routes/user-request.js; /work/shared/reference/tiledesk-facts.md §9):
 *
 * - POST /api/auth/signinAnonymously {id_project, firstname?, email?}:
 *   422 without id_project; else {success, token: "JWT …", user}.
 * - POST /api/{project}/requests/{request_id}/messages with "Authorization: JWT …":
 *   401 without a token it issued, 403 for another project; the first message
 *   creates the request (422 without text), later ones are added to it; answers
 *   the message with its `request`.
 * - GET /api/{project}/requests/me: the guest's own requests, {perPage, count, requests}.
 * - CORS open, as the real server's cors() middleware: any origin, preflight
 *   answered with the requested headers.
 *
 * `mode` injects the faults the form must survive.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The Tiledesk project the tests' build is configured with (PUBLIC_TILEDESK_PROJECT_ID). */
export const TEST_PROJECT_ID = '65f0c0ffee0123456789abcd';

export type TiledeskMode =
  | 'accept'
  /** A 200 HTML page (a proxy's error page) for the message. */
  | 'html'
  /** The message is stored, then the connection drops before the answer: the customer never learns it arrived. */
  | 'lose-answer'
  | 'fail';

export interface StoredRequest {
  request_id: string;
  id_project: string;
  requester: string;
  status: number;
  subject?: string;
  first_text: string;
  departmentid?: string;
  priority?: string;
  sourcePage?: string;
  language?: string;
  attributes?: unknown;
  createdAt: string;
  messages: { text: string; sender: string }[];
}

export interface TiledeskServer {
  /** The API base, e.g. http://127.0.0.1:4344/api */
  apiUrl: string;
  mode: TiledeskMode;
  signIns: Record<string, unknown>[];
  /** Every request created, by id. */
  requests: Map<string, StoredRequest>;
  /** Preflight requests seen (method and requested headers). */
  preflights: { path: string; headers: string }[];
  close(): Promise<void>;
}

const cors = (request: IncomingMessage) => ({
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET,HEAD,PUT,PATCH,POST,DELETE',
  ...(request.headers['access-control-request-headers']
    ? { 'Access-Control-Allow-Headers': request.headers['access-control-request-headers'] }
    : {}),
  Vary: 'Access-Control-Request-Headers',
});

function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      try {
        const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
        resolve(typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
      } catch {
        resolve({});
      }
    });
  });
}

export async function startTiledeskServer(port = 0): Promise<TiledeskServer> {
  /** token → the guest it was issued to */
  const tokens = new Map<string, { userId: string; projectId: string; name: string }>();
  const state: TiledeskServer = { apiUrl: '', mode: 'accept', signIns: [], requests: new Map(), preflights: [], close: async () => {} };

  const send = (request: IncomingMessage, response: ServerResponse, status: number, body: unknown) =>
    response.writeHead(status, { ...cors(request), 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'OPTIONS') {
      state.preflights.push({ path: url.pathname, headers: String(request.headers['access-control-request-headers'] ?? '') });
      response.writeHead(204, cors(request)).end();
      return;
    }

    if (request.method === 'POST' && url.pathname === '/api/auth/signinAnonymously') {
      const body = await readJson(request);
      state.signIns.push(body);
      if (typeof body['id_project'] !== 'string' || body['id_project'] === '') {
        send(request, response, 422, { errors: [{ msg: 'Invalid value', param: 'id_project', location: 'body' }] });
        return;
      }
      const userId = randomUUID();
      const token = `JWT mock.${randomUUID()}.signature`;
      const name = typeof body['firstname'] === 'string' ? body['firstname'] : `guest#${userId.slice(0, 4)}`;
      tokens.set(token, { userId, projectId: body['id_project'], name });
      send(request, response, 200, { success: true, token, user: { _id: userId, firstname: name, email: body['email'] } });
      return;
    }

    const route = /^\/api\/([^/]+)\/requests\/(?:(me)|([^/]+)\/messages)$/.exec(url.pathname);
    if (!route) {
      send(request, response, 404, { success: false, msg: 'Not found' });
      return;
    }
    const guest = tokens.get(String(request.headers['authorization'] ?? ''));
    if (!guest) {
      response.writeHead(401, { ...cors(request), 'Content-Type': 'text/plain' }).end('Unauthorized');
      return;
    }
    const projectId = decodeURIComponent(route[1]!);
    if (guest.projectId !== projectId) {
      send(request, response, 403, { success: false, msg: 'you dont belong to the project.' });
      return;
    }

    if (route[2] === 'me' && request.method === 'GET') {
      const mine = [...state.requests.values()].filter((r) => r.id_project === projectId && r.requester === guest.userId);
      const listed = url.searchParams.get('status') === 'all' ? mine : mine.filter((r) => r.status < 1000);
      send(request, response, 200, { perPage: 40, count: listed.length, requests: listed.toReversed().map(({ messages: _m, ...r }) => r) });
      return;
    }
    if (route[3] === undefined || request.method !== 'POST') {
      send(request, response, 404, { success: false, msg: 'Not found' });
      return;
    }

    const requestId = decodeURIComponent(route[3]);
    const body = await readJson(request);
    if (state.mode === 'fail') {
      send(request, response, 500, { success: false, msg: 'Error creating message' });
      return;
    }
    if (state.mode === 'html') {
      response
        .writeHead(200, { ...cors(request), 'Content-Type': 'text/html' })
        .end('<!doctype html><title>502</title><p>Bad gateway, try later');
      return;
    }
    const text = typeof body['text'] === 'string' ? body['text'] : '';
    let stored = state.requests.get(requestId);
    if (!stored) {
      if (!text && (body['type'] === undefined || body['type'] === 'text')) {
        send(request, response, 422, { errors: ['text field is required'] });
        return;
      }
      const optional = (key: string) => (typeof body[key] === 'string' ? { [key]: body[key] as string } : {});
      stored = {
        request_id: requestId,
        id_project: projectId,
        requester: guest.userId,
        status: 100,
        first_text: text,
        ...optional('subject'),
        ...optional('departmentid'),
        ...optional('priority'),
        ...optional('sourcePage'),
        ...optional('language'),
        attributes: body['attributes'],
        createdAt: new Date().toISOString(),
        messages: [],
      };
      state.requests.set(requestId, stored);
    }
    stored.messages.push({ text, sender: guest.userId });
    if (state.mode === 'lose-answer') {
      response.socket?.destroy();
      return;
    }
    const { messages: _messages, ...requestJson } = stored;
    send(request, response, 200, {
      _id: randomUUID(),
      sender: guest.userId,
      senderFullname: guest.name,
      recipient: requestId,
      text,
      request: requestJson,
    });
  };

  const server = createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  state.apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  state.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}
