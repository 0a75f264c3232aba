/**
 * /ticket/ on a build with PUBLIC_TICKET_CHANNEL=endpoint (playwright.config.ts
 * builds and serves it), against a real HTTP server this spec starts:
 * accepted, 500, 429, a 200 HTML page, a redirect to a sign-in page, and no
 * answer until the timeout (2 s in that build). On any failure the draft stays
 * and the email path is offered; however often Send is activated, one POST.
 *
 * Serial: the tests share the one endpoint server, switching its mode.
 */
import { expect, test } from '@playwright/test';
import { startTicketServer, type TicketServer } from '../helpers/ticket-server';
import { testPorts } from '../helpers/test-ports';
import { answers, expectAccessible, field, fillForm, openTicket, review, status, storedDraft } from './ticket-helpers';

// Serial, and axe on a busy 2-core machine can take a while.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

let server: TicketServer;
test.beforeAll(async () => {
  server = await startTicketServer(testPorts.ticketServer, '/tickets');
});
test.afterAll(async () => {
  await server.close();
});

const enterprise = answers({ package: 'enterprise' });

async function readyToSend(page: import('@playwright/test').Page) {
  await openTicket(page);
  await fillForm(page, enterprise);
  await review(page);
  await expect(page.getByRole('link', { name: 'Open in your email program' })).toHaveCount(0);
}

test('accepted: the JSON payload reaches the endpoint, the reference is shown, the draft is deleted', async ({ page }) => {
  server.mode = 'accept';
  const before = server.received.length;
  await readyToSend(page);
  await expectAccessible(page, 'ready to send to the endpoint');
  expect(server.received.length, 'nothing is sent before the customer presses send').toBe(before);

  await page.getByRole('button', { name: 'Send the ticket' }).click();
  await expect(page.getByRole('heading', { name: 'Your ticket was sent' })).toBeFocused();
  await expect(page.locator('.sent')).toContainText(`reference TD-${before + 1}`);
  await expectAccessible(page, 'sent');
  expect(await storedDraft(page)).toBeNull();

  expect(server.received).toHaveLength(before + 1);
  expect(server.keys.at(-1), 'the draft’s idempotency key goes as Idempotency-Key').toMatch(/^[0-9a-f-]{36}$/);
  const payload = server.received.at(-1) as { version: number; ticket: Record<string, unknown>; coverage: Record<string, unknown> };
  expect(payload.version).toBe(1);
  expect(payload.ticket).toMatchObject({
    package: 'enterprise',
    topic: 'bug-fix',
    modified: false,
    name: enterprise.name,
    email: enterprise.email,
    company: enterprise.company,
    contract: enterprise.contract,
    version: enterprise.version,
    install: 'compose',
    components: ['widget', 'proxy'],
    environment: 'production',
    severity: 2,
    subject: enterprise.subject,
    description: enterprise.description,
    steps: enterprise.steps,
    logs: enterprise.logs,
    agents: 6,
    bots: 2,
  });
  expect(payload.coverage).toMatchObject({ verdict: 'covered' });

  await page.getByRole('button', { name: 'Start a new request' }).click();
  await expect(field(page, 'Your support package')).toBeFocused();
});

test('a send deletes its own draft only: a newer one another tab saved meanwhile is kept', async ({ context }) => {
  server.mode = 'accept';
  const page = await context.newPage();
  await readyToSend(page);
  const other = await context.newPage();
  await openTicket(other);
  await expect(field(other, 'Subject')).toHaveValue(enterprise.subject);
  await field(other, 'Subject').fill('Another request, typed in the other tab');
  await expect(page.getByRole('group', { name: /Another tab saved a newer draft/ })).toBeVisible();

  await page.getByRole('button', { name: 'Send the ticket' }).click();
  await expect(page.getByRole('heading', { name: 'Your ticket was sent' })).toBeFocused();
  expect((await storedDraft(page))?.fields['subject']).toBe('Another request, typed in the other tab');
});

for (const [mode, failure] of [
  ['fail', 'The ticket service refused the request (HTTP 500), so the request was not sent.'],
  ['busy', 'The ticket service is receiving too many requests (HTTP 429), so the request was not sent.'],
  ['html', 'The ticket service answered with a web page, not with what the form expects, so the request was not sent.'],
  [
    'redirect',
    'The ticket service sent the page somewhere else (perhaps a sign-in page) instead of answering, so the request was not sent.',
  ],
  ['hang', 'The ticket service did not answer within 2 seconds, so the request was not sent.'],
] as const) {
  test(`${mode}: the draft stays and the email path is offered`, async ({ page }) => {
    server.mode = mode;
    await readyToSend(page);
    await page.getByRole('button', { name: 'Send the ticket' }).click();
    await expect(page.locator('.send-failed')).toContainText(failure);
    await expect(page.locator('.send-failed')).toBeFocused();
    await expect(status(page)).toContainText(failure);
    await expect(page.getByRole('link', { name: 'Open in your email program' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Try the ticket service again' })).toBeVisible();
    expect((await storedDraft(page))?.fields['subject']).toBe(enterprise.subject);
    await expectAccessible(page, `send failed (${mode})`);

    // The draft survives a reload after the failure too.
    await page.reload();
    await expect(field(page, 'Subject')).toHaveValue(enterprise.subject);
  });
}

test('Send activated three times in one task, and double-clicked, POSTs once; a retry after a failure keeps the key', async ({ page }) => {
  server.mode = 'fail';
  const before = server.received.length;
  await readyToSend(page);
  await page.getByRole('button', { name: 'Send the ticket' }).evaluate((button: HTMLButtonElement) => {
    button.click();
    button.click();
    button.click();
  });
  await expect(page.locator('.send-failed')).toBeVisible();
  expect(server.received.length, 'one POST for three activations').toBe(before + 1);
  const key = server.keys.at(-1);

  server.mode = 'accept';
  await page.getByRole('button', { name: 'Try the ticket service again' }).dblclick();
  await expect(page.getByRole('heading', { name: 'Your ticket was sent' })).toBeVisible();
  expect(server.received.length, 'one POST for a double click').toBe(before + 2);
  expect(server.keys.at(-1), 'the retry carries the same idempotency key').toBe(key);
});

test('a request that is not covered goes to the endpoint with its verdict, after the warning', async ({ page }) => {
  server.mode = 'accept';
  await openTicket(page);
  await fillForm(page, answers({ package: 'enterprise', topic: 'logo-removal' }));
  await page.getByRole('checkbox', { name: 'I understand, and I want to send the request anyway' }).check();
  await review(page);
  await page.getByRole('button', { name: 'Send the ticket' }).click();
  await expect(page.getByRole('heading', { name: 'Your ticket was sent' })).toBeVisible();
  const payload = server.received.at(-1) as { ticket: Record<string, unknown>; coverage: Record<string, unknown> };
  expect(payload.coverage).toMatchObject({ verdict: 'not-stated' });
  expect(payload.ticket['acknowledgedVerdict']).toBe(true);
});

test('Pro stays on email even where an endpoint is configured', async ({ page }) => {
  server.mode = 'accept';
  const before = server.received.length;
  await openTicket(page);
  await fillForm(page, answers({ package: 'pro' }));
  await review(page);
  await expect(page.getByRole('button', { name: 'Send the ticket' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Open in your email program' })).toBeVisible();
  expect(server.received.length).toBe(before);
});
