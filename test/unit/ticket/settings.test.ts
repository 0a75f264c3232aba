/** Build-time settings: sensible defaults, the three channels, and a clear refusal of values that would break or leak. */
import { expect, test } from 'vitest';
import { DEFAULT_TIMEOUT_MS, readTicketSettings } from '../../../src/ticket/settings';

const PROJECT = '65f0c0ffee0123456789abcd';

test('without settings, tickets go by email and the timeout is the default', () => {
  expect(readTicketSettings({})).toEqual({ channel: 'email', endpoint: undefined, tiledesk: undefined, timeoutMs: DEFAULT_TIMEOUT_MS });
  expect(readTicketSettings({ PUBLIC_TICKET_ENDPOINT: '  ' })).toMatchObject({ channel: 'email', endpoint: undefined });
});

test('an endpoint and a timeout are read; an endpoint alone still means the endpoint channel', () => {
  const expected = { channel: 'endpoint', endpoint: 'https://tickets.example.com/api/tickets', tiledesk: undefined, timeoutMs: 8000 };
  expect(
    readTicketSettings({ PUBLIC_TICKET_ENDPOINT: 'https://tickets.example.com/api/tickets', PUBLIC_TICKET_TIMEOUT_MS: '8000' }),
  ).toEqual(expected);
  expect(
    readTicketSettings({
      PUBLIC_TICKET_CHANNEL: 'endpoint',
      PUBLIC_TICKET_ENDPOINT: 'https://tickets.example.com/api/tickets',
      PUBLIC_TICKET_TIMEOUT_MS: '8000',
    }),
  ).toEqual(expected);
});

test('email chosen explicitly ignores a leftover endpoint', () => {
  expect(readTicketSettings({ PUBLIC_TICKET_CHANNEL: 'email', PUBLIC_TICKET_ENDPOINT: 'https://t.example.com/' })).toMatchObject({
    channel: 'email',
    endpoint: undefined,
  });
});

test('tiledesk: the API base (without its trailing slash) and the project', () => {
  for (const api of ['https://support.example.com/api', 'https://support.example.com/api/', 'https://api.tiledesk.com/v3']) {
    expect(
      readTicketSettings({ PUBLIC_TICKET_CHANNEL: 'tiledesk', PUBLIC_TILEDESK_API_URL: api, PUBLIC_TILEDESK_PROJECT_ID: PROJECT }),
    ).toEqual({
      channel: 'tiledesk',
      endpoint: undefined,
      tiledesk: { apiUrl: api.replace(/\/$/, ''), projectId: PROJECT },
      timeoutMs: DEFAULT_TIMEOUT_MS,
    });
  }
});

const tiledesk = (api: string | undefined, project: string | undefined) => ({
  PUBLIC_TICKET_CHANNEL: 'tiledesk',
  PUBLIC_TILEDESK_API_URL: api,
  PUBLIC_TILEDESK_PROJECT_ID: project,
});

test.each([
  [{ PUBLIC_TICKET_ENDPOINT: 'tickets.example.com' }, /PUBLIC_TICKET_ENDPOINT must be an absolute http\(s\) URL/],
  [{ PUBLIC_TICKET_ENDPOINT: 'ftp://tickets.example.com/' }, /must use https:/],
  [{ PUBLIC_TICKET_ENDPOINT: 'https://bot:s3cret@tickets.example.com/' }, /must not contain a user name or password/],
  [{ PUBLIC_TICKET_TIMEOUT_MS: '15s' }, /PUBLIC_TICKET_TIMEOUT_MS must be a whole number of milliseconds from 1000 to 120000; got "15s"/],
  [{ PUBLIC_TICKET_TIMEOUT_MS: '10' }, /from 1000 to 120000/],
  [{ PUBLIC_TICKET_CHANNEL: 'zendesk' }, /PUBLIC_TICKET_CHANNEL must be one of email, endpoint, tiledesk; got "zendesk"/],
  [{ PUBLIC_TICKET_CHANNEL: 'endpoint' }, /PUBLIC_TICKET_CHANNEL=endpoint needs PUBLIC_TICKET_ENDPOINT/],
  [tiledesk(undefined, PROJECT), /PUBLIC_TICKET_CHANNEL=tiledesk needs PUBLIC_TILEDESK_API_URL/],
  [tiledesk('https://support.example.com/', PROJECT), /must be the API base, ending in \/api .* or \/v3/],
  [tiledesk('https://admin:pw@support.example.com/api', PROJECT), /PUBLIC_TILEDESK_API_URL must not contain a user name or password/],
  [
    tiledesk('https://support.example.com/api', undefined),
    /PUBLIC_TILEDESK_PROJECT_ID must be the Tiledesk project id, 24 hexadecimal characters.*got ""/,
  ],
  [tiledesk('https://support.example.com/api', 'my-project'), /24 hexadecimal characters/],
])('%j is refused with what to write instead', (env, message) => {
  expect(() => readTicketSettings(env)).toThrow(message);
});
