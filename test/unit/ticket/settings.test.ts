/** Build-time settings: sensible defaults, and a clear refusal of values that would break or leak. */
import { expect, test } from 'vitest';
import { DEFAULT_TIMEOUT_MS, readTicketSettings } from '../../../src/ticket/settings';

test('without settings, tickets go by email and the timeout is the default', () => {
  expect(readTicketSettings({})).toEqual({ endpoint: undefined, timeoutMs: DEFAULT_TIMEOUT_MS });
  expect(readTicketSettings({ PUBLIC_TICKET_ENDPOINT: '  ' })).toEqual({ endpoint: undefined, timeoutMs: DEFAULT_TIMEOUT_MS });
});

test('an endpoint and a timeout are read', () => {
  expect(readTicketSettings({ PUBLIC_TICKET_ENDPOINT: 'https://tickets.example.com/api/tickets', PUBLIC_TICKET_TIMEOUT_MS: '8000' })).toEqual({
    endpoint: 'https://tickets.example.com/api/tickets',
    timeoutMs: 8000,
  });
});

test.each([
  [{ PUBLIC_TICKET_ENDPOINT: 'tickets.example.com' }, /must be an absolute http\(s\) URL/],
  [{ PUBLIC_TICKET_ENDPOINT: 'ftp://tickets.example.com/' }, /must use https:/],
  [{ PUBLIC_TICKET_ENDPOINT: 'https://bot:s3cret@tickets.example.com/' }, /must not contain a user name or password/],
  [{ PUBLIC_TICKET_TIMEOUT_MS: '15s' }, /PUBLIC_TICKET_TIMEOUT_MS must be a whole number of milliseconds from 1000 to 120000; got "15s"/],
  [{ PUBLIC_TICKET_TIMEOUT_MS: '10' }, /from 1000 to 120000/],
])('%j is refused with what to write instead', (env, message) => {
  expect(() => readTicketSettings(env)).toThrow(message);
});
