/**
 * /ticket/ on a build with PUBLIC_TICKET_CHANNEL=tiledesk (playwright.config.ts
 * builds and serves it), in Chromium, against the stand-in Tiledesk API this
 * spec starts (test/helpers/tiledesk-server.ts: the documented status codes,
 * the JWT header, CORS preflight). The request becomes a Tiledesk request whose
 * id is the reference; the page lists this browser's requests.
 *
 * Serial: the tests share the one server, switching its mode.
 */
import { expect, test, type Page } from '@playwright/test';
import { testPorts } from '../helpers/test-ports';
import { TEST_PROJECT_ID, startTiledeskServer, type TiledeskServer } from '../helpers/tiledesk-server';
import { answers, expectAccessible, field, fillForm, openTicket, review, storedDraft } from './ticket-helpers';

// Serial, and axe on a busy 2-core machine can take a while.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

let server: TiledeskServer;
test.beforeAll(async () => {
  server = await startTiledeskServer(testPorts.tiledeskServer);
});
test.afterAll(async () => {
  await server.close();
});

const enterprise = answers({ package: 'enterprise', severity: 1 });

async function readyToSend(page: Page) {
  await openTicket(page);
  await fillForm(page, enterprise);
  await review(page);
  await expect(page.getByText('files yours in the vendor’s help desk')).toBeVisible();
}

test('the request becomes a Tiledesk request: guest sign-in, first message with every field, the request id as reference, listed with its status', async ({
  page,
}) => {
  server.mode = 'accept';
  await readyToSend(page);
  expect(server.requests.size, 'nothing is sent before the customer presses send').toBe(0);
  const key = (await page.evaluate(() => JSON.parse(localStorage.getItem('tiledesk-portal:ticket-draft') ?? '{}').key)) as string;

  await page.getByRole('button', { name: 'Send the ticket' }).click();
  await expect(page.getByRole('heading', { name: 'Your ticket was sent' })).toBeFocused();
  const requestId = `support-group-${key.replaceAll('-', '')}`;
  await expect(page.locator('.sent')).toContainText(`reference ${requestId}`);
  expect(await storedDraft(page)).toBeNull();

  expect(server.signIns.at(-1)).toEqual({ id_project: TEST_PROJECT_ID, firstname: enterprise.name, email: enterprise.email });
  const stored = server.requests.get(requestId);
  expect(stored).toMatchObject({
    subject: expect.stringContaining(enterprise.subject),
    priority: 'urgent',
    sourcePage: `http://127.0.0.1:${testPorts.tiledeskSite}/ticket/`,
    language: expect.stringMatching(/^[a-z]{2}/),
  });
  expect(stored?.first_text).toContain(enterprise.description);
  expect(stored?.attributes).toMatchObject({
    version: 1,
    ticket: { package: 'enterprise', severity: 1, install: 'compose' },
    coverage: { verdict: 'covered' },
  });
  // The browser asked the cross-origin API for permission to send the JWT header.
  expect(server.preflights.some((p) => p.path.endsWith('/messages') && /authorization/i.test(p.headers))).toBe(true);

  const list = page.getByRole('region', { name: 'Requests sent from this browser' });
  await expect(list).toContainText(requestId);
  await expect(list).toContainText('Received, waiting for an agent');
  await expectAccessible(page, 'sent, with the list of requests');

  // A new visit lists it too, and the status follows the help desk.
  server.requests.get(requestId)!.status = 200;
  await page.getByRole('button', { name: 'Start a new request' }).click();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Requests sent from this browser' })).toContainText('An agent is on it');
});

test('an answer lost on the way: the draft stays; sending again adds to the same request instead of opening a second', async ({ page }) => {
  server.mode = 'lose-answer';
  const before = server.requests.size;
  await readyToSend(page);
  await page.getByRole('button', { name: 'Send the ticket' }).click();
  await expect(page.locator('.send-failed')).toContainText('could not be reached');
  await expect(page.getByRole('link', { name: 'Open in your email program' })).toBeVisible();
  expect((await storedDraft(page))?.fields['subject']).toBe(enterprise.subject);

  server.mode = 'accept';
  await page.getByRole('button', { name: 'Try the ticket service again' }).click();
  await expect(page.getByRole('heading', { name: 'Your ticket was sent' })).toBeVisible();
  expect(server.requests.size, 'one request').toBe(before + 1);
  // At least the lost message and the retry; Chromium itself may resend a POST whose connection
  // dropped, which the fixed request id also lands in the same request.
  expect([...server.requests.values()].at(-1)?.messages.length).toBeGreaterThanOrEqual(2);
});

test('a 200 HTML page is not a confirmation; three activations of Send in one task send one message', async ({ page }) => {
  server.mode = 'html';
  await readyToSend(page);
  await page.getByRole('button', { name: 'Send the ticket' }).click();
  await expect(page.locator('.send-failed')).toContainText('answered with a web page');
  await expect(page.getByRole('link', { name: 'Open in your email program' })).toBeVisible();

  server.mode = 'accept';
  const before = [...server.requests.values()].reduce((n, r) => n + r.messages.length, 0);
  await page.getByRole('button', { name: 'Try the ticket service again' }).evaluate((button: HTMLButtonElement) => {
    button.click();
    button.click();
    button.click();
  });
  await expect(page.getByRole('heading', { name: 'Your ticket was sent' })).toBeVisible();
  const after = [...server.requests.values()].reduce((n, r) => n + r.messages.length, 0);
  expect(after - before, 'one message for three activations').toBe(1);
});

test('Pro stays on email with the Tiledesk channel', async ({ page }) => {
  await openTicket(page);
  await fillForm(page, answers({ package: 'pro' }));
  await review(page);
  await expect(page.getByRole('button', { name: 'Send the ticket' })).toHaveCount(0);
  await expect(field(page, 'The text that will be sent')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open in your email program' })).toHaveAttribute('href', /^mailto:support@tiledesk\.com\?/);
});
