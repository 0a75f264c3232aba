/**
 * A real HTTP ticket endpoint for tests, switchable between answering and
 * each fault the form must survive: 500, 429, no answer, a 200 HTML page, a
 * redirect to a sign-in page. It allows cross-origin requests the way a real
 * endpoint serving the portal must (the portal is on another port).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type TicketServerMode = 'accept' | 'fail' | 'busy' | 'hang' | 'html' | 'redirect';

export interface TicketServer {
  url: string;
  mode: TicketServerMode;
  /** Bodies of the POST requests received, parsed as JSON. */
  received: unknown[];
  /** The Idempotency-Key header of each POST, in the same order. */
  keys: (string | undefined)[];
  close(): Promise<void>;
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST',
  'Access-Control-Allow-Headers': 'Content-Type, Accept, Idempotency-Key',
};

export async function startTicketServer(port = 0, path = '/tickets'): Promise<TicketServer> {
  const hanging = new Set<ServerResponse>();
  const state: TicketServer = { url: '', mode: 'accept', received: [], keys: [], close: async () => {} };

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    if (request.method === 'OPTIONS') {
      response.writeHead(204, CORS).end();
      return;
    }
    if (request.method === 'GET' && request.url === '/sign-in') {
      response.writeHead(200, { ...CORS, 'Content-Type': 'text/html' }).end('<!doctype html><title>Sign in</title><form>…</form>');
      return;
    }
    if (request.method !== 'POST' || request.url !== path) {
      response.writeHead(404, CORS).end();
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        state.received.push(JSON.parse(text));
      } catch {
        state.received.push(text);
      }
      const key = request.headers['idempotency-key'];
      state.keys.push(typeof key === 'string' ? key : undefined);
      if (state.mode === 'hang') {
        hanging.add(response); // never answered; closed with the server
        return;
      }
      if (state.mode === 'fail' || state.mode === 'busy') {
        response.writeHead(state.mode === 'fail' ? 500 : 429, { ...CORS, 'Content-Type': 'application/json' }).end('{"error":"no"}');
        return;
      }
      if (state.mode === 'html') {
        // A proxy's or a CMS's page: 200, but not the endpoint's confirmation.
        response
          .writeHead(200, { ...CORS, 'Content-Type': 'text/html; charset=utf-8' })
          .end('<!doctype html><title>Welcome</title><p>Hello</p>');
        return;
      }
      if (state.mode === 'redirect') {
        response.writeHead(302, { ...CORS, Location: '/sign-in' }).end();
        return;
      }
      response.writeHead(201, { ...CORS, 'Content-Type': 'application/json' }).end(`{"reference":"TD-${state.received.length}"}`);
    });
  };

  const server: Server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
  state.close = () =>
    new Promise((resolve) => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}
