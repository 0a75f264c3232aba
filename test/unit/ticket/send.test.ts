/** Posting to a ticket endpoint: every outcome is a value, the payload goes as JSON, a silent server times out. */
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { TicketPayload } from '../../../src/ticket/schema';
import { failureText, postTicket, routeFor } from '../../../src/ticket/send';
import { answerFor, validateTicket } from '../../../src/ticket/validate';
import { loadCoverage } from '../../helpers/coverage-data';
import { TODAY, completeDraft } from '../../helpers/ticket-draft';
import { startTicketServer, type TicketServer } from '../../helpers/ticket-server';

const draft = completeDraft({ package: 'enterprise' });
const validation = validateTicket(draft, answerFor(draft, loadCoverage(), TODAY), TODAY);
if (!validation.ok) throw new Error('the test draft must be valid');
const payload: TicketPayload = validation.payload;

test('the ticket channel uses the endpoint only when one is configured; every other channel is email', () => {
  expect(routeFor('ticket', 'https://t.example/api')).toBe('endpoint');
  expect(routeFor('ticket', undefined)).toBe('email');
  expect(routeFor('email', 'https://t.example/api')).toBe('email');
  expect(routeFor('none', 'https://t.example/api')).toBe('email');
  expect(routeFor(undefined, 'https://t.example/api')).toBe('email');
});

describe('postTicket with a stubbed fetch', () => {
  test('POSTs the payload as JSON, without cookies', async () => {
    const fetch = vi.fn(async () => new Response('{"reference":"TD-42"}', { status: 201 }));
    expect(await postTicket('https://t.example/api', payload, { timeoutMs: 5000, fetch })).toEqual({ ok: true, reference: 'TD-42' });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('https://t.example/api');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('omit');
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
    expect(JSON.parse(init.body as string)).toEqual(payload);
  });

  test('a success without a usable reference is still a success', async () => {
    for (const body of ['', 'OK', '{"reference":"<b>x</b>"}', '{"id":{"a":1}}']) {
      const fetch = async () => new Response(body, { status: 200 });
      expect(await postTicket('https://t.example/api', payload, { timeoutMs: 5000, fetch })).toEqual({ ok: true, reference: undefined });
    }
  });

  test('an HTTP error, a network error and a timeout are failures, not exceptions', async () => {
    expect(await postTicket('https://t.example/api', payload, { timeoutMs: 5000, fetch: async () => new Response('no', { status: 422 }) })).toEqual({
      ok: false,
      failure: 'http',
      status: 422,
    });
    expect(await postTicket('https://t.example/api', payload, { timeoutMs: 5000, fetch: () => Promise.reject(new TypeError('Failed to fetch')) })).toEqual({
      ok: false,
      failure: 'network',
    });

    vi.useFakeTimers();
    try {
      const never: typeof fetch = (_url, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
      const pending = postTicket('https://t.example/api', payload, { timeoutMs: 5000, fetch: never });
      await vi.advanceTimersByTimeAsync(5000);
      expect(await pending).toEqual({ ok: false, failure: 'timeout' });
    } finally {
      vi.useRealTimers();
    }
  });

  test('each failure is explained in words', () => {
    expect(failureText({ ok: false, failure: 'timeout' }, 15000)).toContain('within 15 seconds');
    expect(failureText({ ok: false, failure: 'http', status: 500 }, 15000)).toContain('HTTP 500');
    expect(failureText({ ok: false, failure: 'network' }, 15000)).toContain('could not be reached');
  });
});

describe('postTicket against a real HTTP server', () => {
  let server: TicketServer;
  beforeAll(async () => {
    server = await startTicketServer();
  });
  afterAll(() => server.close());

  test('accepted: the server receives the payload and the reference comes back', async () => {
    server.mode = 'accept';
    const result = await postTicket(server.url, payload, { timeoutMs: 5000 });
    expect(result).toEqual({ ok: true, reference: `TD-${server.received.length}` });
    expect(server.received.at(-1)).toEqual(payload);
  });

  test('500: a failure with the status', async () => {
    server.mode = 'fail';
    expect(await postTicket(server.url, payload, { timeoutMs: 5000 })).toEqual({ ok: false, failure: 'http', status: 500 });
  });

  test('no answer: a timeout', async () => {
    server.mode = 'hang';
    expect(await postTicket(server.url, payload, { timeoutMs: 300 })).toEqual({ ok: false, failure: 'timeout' });
  });

  test('nobody listening: a network failure', async () => {
    const gone = await startTicketServer();
    const url = gone.url;
    await gone.close();
    expect(await postTicket(url, payload, { timeoutMs: 5000 })).toEqual({ ok: false, failure: 'network' });
  });
});
