/**
 * The Tiledesk channel against a local server implementing the documented
 * contract of the routes it uses (test/helpers/tiledesk-server.ts): anonymous
 * sign-in, the first message creating `support-group-…`, the guest's list.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { requestJson } from '../../../src/ticket/http';
import type { TicketPayload } from '../../../src/ticket/schema';
import {
  GUEST_STORAGE_KEY,
  PRIORITY_BY_SEVERITY,
  listMyRequests,
  readGuest,
  requestIdFor,
  sendToTiledesk,
  signInAnonymously,
  type TiledeskTicket,
} from '../../../src/ticket/tiledesk';
import type { TiledeskSettings } from '../../../src/ticket/settings';
import { answerFor, validateTicket } from '../../../src/ticket/validate';
import { loadCoverage } from '../../helpers/coverage-data';
import { KEY, TODAY, completeDraft } from '../../helpers/ticket-draft';
import { TEST_PROJECT_ID, startTiledeskServer, type TiledeskServer } from '../../helpers/tiledesk-server';

const PROJECT = TEST_PROJECT_ID;
const draft = completeDraft({ package: 'enterprise', severity: '1' });
const validation = validateTicket(draft, answerFor(draft, loadCoverage(), TODAY), TODAY);
if (!validation.ok) throw new Error('the test draft must be valid');
const payload: TicketPayload = validation.payload;

/** localStorage for Node: a Map behind the Storage methods the channel uses. */
function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    clear: () => map.clear(),
    key: (i: number) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  };
}

let server: TiledeskServer;
let settings: TiledeskSettings;
let storage: Storage;
beforeAll(async () => {
  server = await startTiledeskServer();
  settings = { apiUrl: server.apiUrl, projectId: PROJECT };
});
afterAll(() => server.close());
beforeEach(() => {
  server.mode = 'accept';
  storage = memoryStorage();
});

const ticket = (key = KEY): TiledeskTicket => ({
  payload,
  text: 'Readable ticket text\nline two',
  subject: '[Enterprise] Widget shows localhost',
  draftKey: key,
  departmentId: '65f0d0ffee0123456789abcd',
  sourcePage: 'https://portal.example.com/ticket/',
  language: 'en-GB',
});
const options = { timeoutMs: 3000 };

describe('the mock keeps the documented contract', () => {
  test('sign-in without id_project is 422', async () => {
    const answer = await requestJson(
      `${server.apiUrl}/auth/signinAnonymously`,
      { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' },
      options,
    );
    expect(answer).toEqual({ ok: false, failure: 'http', status: 422 });
  });

  test('a message without the JWT header is 401; a first message without text is 422', async () => {
    const url = `${server.apiUrl}/${PROJECT}/requests/support-group-x/messages`;
    const post = (headers: Record<string, string>, body: unknown) =>
      requestJson(
        url,
        { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) },
        options,
      );
    expect(await post({}, { text: 'hi' })).toEqual({ ok: false, failure: 'http', status: 401 });
    const signIn = await signInAnonymously(settings, { name: 'Ada', email: 'ada@example.com' }, options);
    if (!signIn.ok) throw new Error('sign-in failed');
    expect(await post({ Authorization: signIn.session.token }, { subject: 'no text' })).toEqual({
      ok: false,
      failure: 'http',
      status: 422,
    });
  });
});

describe('sendToTiledesk', () => {
  test('signs in as a guest, then the first message creates the request with every field; the request id is the reference', async () => {
    const result = await sendToTiledesk(settings, ticket(), storage, options);
    const id = requestIdFor(KEY);
    expect(id).toBe('support-group-0b7e2f6c5d1a4c3b9e8f1a2b3c4d5e6f');
    expect(result).toEqual({ ok: true, reference: id });
    expect(server.signIns.at(-1)).toEqual({ id_project: PROJECT, firstname: payload.ticket.name, email: payload.ticket.email });
    expect(server.requests.get(id)).toMatchObject({
      first_text: 'Readable ticket text\nline two',
      subject: '[Enterprise] Widget shows localhost',
      departmentid: '65f0d0ffee0123456789abcd',
      priority: PRIORITY_BY_SEVERITY[1],
      sourcePage: 'https://portal.example.com/ticket/',
      language: 'en-GB',
      attributes: payload,
    });
    expect(readGuest(storage, settings)?.token).toMatch(/^JWT /);
  });

  test('severities map to Tiledesk priorities', () => {
    expect(PRIORITY_BY_SEVERITY).toEqual({ 1: 'urgent', 2: 'high', 3: 'medium', 4: 'low' });
  });

  test('a retry after a lost answer adds to the same request instead of opening a second one', async () => {
    const key = '11111111-2222-4333-8444-555555555555';
    server.mode = 'lose-answer';
    expect((await sendToTiledesk(settings, ticket(key), storage, options)).ok).toBe(false);
    server.mode = 'accept';
    expect(await sendToTiledesk(settings, ticket(key), storage, options)).toEqual({ ok: true, reference: requestIdFor(key) });
    const mine = [...server.requests.values()].filter((r) => r.request_id === requestIdFor(key));
    expect(mine).toHaveLength(1);
    expect(mine[0]?.messages).toHaveLength(2);
  });

  test('the stored guest token is reused; a refused one is replaced by a new sign-in', async () => {
    await sendToTiledesk(settings, ticket('aaaaaaaa-2222-4333-8444-555555555555'), storage, options);
    const signIns = server.signIns.length;
    await sendToTiledesk(settings, ticket('bbbbbbbb-2222-4333-8444-555555555555'), storage, options);
    expect(server.signIns.length, 'no second sign-in').toBe(signIns);

    storage.setItem(GUEST_STORAGE_KEY, JSON.stringify({ apiUrl: settings.apiUrl, projectId: PROJECT, token: 'JWT expired.token.value' }));
    expect((await sendToTiledesk(settings, ticket('cccccccc-2222-4333-8444-555555555555'), storage, options)).ok).toBe(true);
    expect(server.signIns.length).toBe(signIns + 1);
    expect(readGuest(storage, settings)?.token).not.toBe('JWT expired.token.value');
  });

  test('a 200 HTML page, a 500 and an unreachable server are failures', async () => {
    server.mode = 'html';
    expect(await sendToTiledesk(settings, ticket('dddddddd-2222-4333-8444-555555555555'), storage, options)).toEqual({
      ok: false,
      failure: 'not-json',
      status: 200,
    });
    server.mode = 'fail';
    expect(await sendToTiledesk(settings, ticket('dddddddd-2222-4333-8444-555555555555'), storage, options)).toEqual({
      ok: false,
      failure: 'http',
      status: 500,
    });
    const gone = { apiUrl: 'http://127.0.0.1:9/api', projectId: PROJECT };
    expect(await sendToTiledesk(gone, ticket(), memoryStorage(), options)).toEqual({ ok: false, failure: 'network' });
  });

  test('a guest token stored for another project or API is not used', () => {
    storage.setItem(
      GUEST_STORAGE_KEY,
      JSON.stringify({ apiUrl: settings.apiUrl, projectId: 'ffffffffffffffffffffffff', token: 'JWT a.b.c-long-enough' }),
    );
    expect(readGuest(storage, settings)).toBeUndefined();
    storage.setItem(GUEST_STORAGE_KEY, '{not json');
    expect(readGuest(storage, settings)).toBeUndefined();
  });
});

test('listMyRequests: this guest’s requests with their status in words, closed ones included', async () => {
  const key = 'eeeeeeee-2222-4333-8444-555555555555';
  await sendToTiledesk(settings, ticket(key), storage, options);
  server.requests.get(requestIdFor(key))!.status = 1000;
  const session = readGuest(storage, settings)!;
  const list = await listMyRequests(session, options);
  if (!list.ok) throw new Error(`list failed: ${list.failure}`);
  expect(list.requests[0]).toMatchObject({ id: requestIdFor(key), subject: '[Enterprise] Widget shows localhost', status: 'Closed' });
  expect(list.requests.every((r) => r.status !== 'Unknown')).toBe(true);
  expect(await listMyRequests({ ...session, token: 'JWT wrong.token.here' }, options)).toEqual({ ok: false, failure: 'http', status: 401 });
});
