/**
 * Posting to a ticket endpoint: success only on a 2xx JSON object; every other
 * outcome (HTML, redirect, 4xx, 5xx, 429, timeout, offline) is a failure value
 * with its reason in words; the draft's idempotency key goes along.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { failureText, type Failure } from '../../../src/ticket/http';
import type { TicketPayload } from '../../../src/ticket/schema';
import { postTicket, routeFor } from '../../../src/ticket/send';
import { answerFor, validateTicket } from '../../../src/ticket/validate';
import { loadCoverage } from '../../helpers/coverage-data';
import { KEY, TODAY, completeDraft } from '../../helpers/ticket-draft';
import { startTicketServer, type TicketServer } from '../../helpers/ticket-server';

const draft = completeDraft({ package: 'enterprise' });
const validation = validateTicket(draft, answerFor(draft, loadCoverage(), TODAY), TODAY);
if (!validation.ok) throw new Error('the test draft must be valid');
const payload: TicketPayload = validation.payload;
const JSON_TYPE = { 'Content-Type': 'application/json; charset=utf-8' };

test('only a ticket-channel package uses the build’s ticket service; email packages always go by email', () => {
  expect(routeFor('ticket', 'endpoint')).toBe('endpoint');
  expect(routeFor('ticket', 'tiledesk')).toBe('tiledesk');
  expect(routeFor('ticket', 'email')).toBe('email');
  expect(routeFor('email', 'endpoint')).toBe('email');
  expect(routeFor('email', 'tiledesk')).toBe('email');
  expect(routeFor('none', 'tiledesk')).toBe('email');
  expect(routeFor(undefined, 'endpoint')).toBe('email');
});

describe('postTicket with a stubbed fetch', () => {
  afterEach(() => vi.unstubAllGlobals());
  const post = (fetch: typeof globalThis.fetch, timeoutMs = 5000) =>
    postTicket('https://t.example/api', payload, KEY, { timeoutMs, fetch });

  test('POSTs the payload as JSON with the idempotency key, without cookies, never following a redirect', async () => {
    const fetch = vi.fn(async () => new Response('{"reference":"TD-42"}', { status: 201, headers: JSON_TYPE }));
    expect(await post(fetch)).toEqual({ ok: true, reference: 'TD-42' });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('https://t.example/api');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('omit');
    expect(init.redirect).toBe('manual');
    expect(init.headers).toMatchObject({ 'Content-Type': 'application/json', 'Idempotency-Key': KEY });
    expect(JSON.parse(init.body as string)).toEqual(payload);
  });

  test('a JSON object without a usable reference is still a success', async () => {
    for (const body of ['{}', '{"reference":"<b>x</b>"}', '{"id":{"a":1}}', '{"id":7}']) {
      const result = await post(async () => new Response(body, { status: 200, headers: JSON_TYPE }));
      expect(result).toEqual({ ok: true, reference: body === '{"id":7}' ? '7' : undefined });
    }
  });

  test.each<[string, () => Response, Failure]>([
    [
      'a 200 HTML page',
      () => new Response('<!doctype html><p>Welcome', { status: 200, headers: { 'Content-Type': 'text/html' } }),
      { ok: false, failure: 'not-json', status: 200 },
    ],
    [
      'a 200 with no content type',
      () => new Response('{"reference":"x"}', { status: 200, headers: { 'Content-Type': '' } }),
      { ok: false, failure: 'not-json', status: 200 },
    ],
    ['an empty 204', () => new Response(null, { status: 204 }), { ok: false, failure: 'not-json', status: 204 }],
    [
      'JSON that does not parse',
      () => new Response('{"reference":', { status: 200, headers: JSON_TYPE }),
      { ok: false, failure: 'not-json', status: 200 },
    ],
    ['a JSON array', () => new Response('[1]', { status: 200, headers: JSON_TYPE }), { ok: false, failure: 'unexpected', status: 200 }],
    ['JSON null', () => new Response('null', { status: 200, headers: JSON_TYPE }), { ok: false, failure: 'unexpected', status: 200 }],
    ['a redirect', () => new Response(null, { status: 302, headers: { Location: '/sign-in' } }), { ok: false, failure: 'redirect' }],
    [
      'a followed redirect',
      () => Object.defineProperty(new Response('{}', { status: 200, headers: JSON_TYPE }), 'redirected', { value: true }),
      { ok: false, failure: 'redirect' },
    ],
    [
      'an opaque redirect',
      () => Object.defineProperty(new Response(null, { status: 200 }), 'type', { value: 'opaqueredirect' }),
      { ok: false, failure: 'redirect' },
    ],
    ['422', () => new Response('no', { status: 422 }), { ok: false, failure: 'http', status: 422 }],
    ['429', () => new Response('slow down', { status: 429 }), { ok: false, failure: 'http', status: 429 }],
    ['500', () => new Response('{"error":"x"}', { status: 500, headers: JSON_TYPE }), { ok: false, failure: 'http', status: 500 }],
  ])('%s is a failure', async (_name, answer, failure) => {
    expect(await post(async () => answer())).toEqual(failure);
  });

  test('a network error, being offline and a timeout are failures, not exceptions', async () => {
    expect(await post(() => Promise.reject(new TypeError('Failed to fetch')))).toEqual({ ok: false, failure: 'network' });

    vi.stubGlobal('navigator', { onLine: false });
    const fetch = vi.fn(async () => new Response('{}', { status: 200, headers: JSON_TYPE }));
    expect(await post(fetch)).toEqual({ ok: false, failure: 'offline' });
    expect(fetch, 'nothing is tried while offline').not.toHaveBeenCalled();
    vi.unstubAllGlobals();

    vi.useFakeTimers();
    try {
      const never: typeof globalThis.fetch = (_url, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
      const pending = post(never);
      await vi.advanceTimersByTimeAsync(5000);
      expect(await pending).toEqual({ ok: false, failure: 'timeout' });
    } finally {
      vi.useRealTimers();
    }
  });

  test('each failure is explained in words that say the request was not sent', () => {
    const cases: [Failure, RegExp][] = [
      [{ ok: false, failure: 'timeout' }, /within 15 seconds/],
      [{ ok: false, failure: 'http', status: 500 }, /HTTP 500/],
      [{ ok: false, failure: 'http', status: 429 }, /too many requests \(HTTP 429\)/],
      [{ ok: false, failure: 'http', status: 401 }, /refused this page access \(HTTP 401\)/],
      [{ ok: false, failure: 'network' }, /could not be reached/],
      [{ ok: false, failure: 'offline' }, /offline/],
      [{ ok: false, failure: 'redirect' }, /sign-in page/],
      [{ ok: false, failure: 'not-json', status: 200 }, /answered with a web page/],
      [{ ok: false, failure: 'unexpected', status: 200 }, /answered, but not with what the form expects/],
    ];
    for (const [failure, words] of cases) {
      expect(failureText(failure, 15000)).toMatch(words);
      expect(failureText(failure, 15000)).toMatch(/, so the request was not sent\.$/);
    }
  });
});

describe('postTicket against a real HTTP server', () => {
  let server: TicketServer;
  beforeAll(async () => {
    server = await startTicketServer();
  });
  afterAll(() => server.close());
  const post = (timeoutMs = 5000) => postTicket(server.url, payload, KEY, { timeoutMs });

  test('accepted: the server receives the payload and the key, and the reference comes back', async () => {
    server.mode = 'accept';
    const result = await post();
    expect(result).toEqual({ ok: true, reference: `TD-${server.received.length}` });
    expect(server.received.at(-1)).toEqual(payload);
    expect(server.keys.at(-1)).toBe(KEY);
  });

  test.each([
    ['fail', { ok: false, failure: 'http', status: 500 }],
    ['busy', { ok: false, failure: 'http', status: 429 }],
    ['html', { ok: false, failure: 'not-json', status: 200 }],
    ['redirect', { ok: false, failure: 'redirect' }],
  ] as const)('%s: a failure', async (mode, failure) => {
    server.mode = mode;
    expect(await post()).toEqual(failure);
  });

  test('no answer: a timeout', async () => {
    server.mode = 'hang';
    expect(await post(300)).toEqual({ ok: false, failure: 'timeout' });
  });

  test('nobody listening: a network failure', async () => {
    const gone = await startTicketServer();
    const url = gone.url;
    await gone.close();
    expect(await postTicket(url, payload, KEY, { timeoutMs: 5000 })).toEqual({ ok: false, failure: 'network' });
  });
});
