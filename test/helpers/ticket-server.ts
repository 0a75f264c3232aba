/**
 * A real HTTP ticket endpoint for tests, switchable between answering,
 * failing with 500 and never answering. It allows cross-origin requests the
 * way a real endpoint serving the portal must (the portal is on another port).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type TicketServerMode = 'accept' | 'fail' | 'hang';

export interface TicketServer {
  url: string;
  mode: TicketServerMode;
  /** Bodies of the POST requests received, parsed as JSON. */
  received: unknown[];
  close(): Promise<void>;
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST',
  'Access-Control-Allow-Headers': 'Content-Type, Accept',
};

export async function startTicketServer(port = 0, path = '/tickets'): Promise<TicketServer> {
  const hanging = new Set<ServerResponse>();
  const state: TicketServer = { url: '', mode: 'accept', received: [], close: async () => {} };

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    if (request.method === 'OPTIONS') {
      response.writeHead(204, CORS).end();
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
      if (state.mode === 'hang') {
        hanging.add(response); // never answered; closed with the server
        return;
      }
      if (state.mode === 'fail') {
        response.writeHead(500, { ...CORS, 'Content-Type': 'application/json' }).end('{"error":"internal"}');
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
