/**
 * /ticket/ on a build with PUBLIC_TICKET_ENDPOINT set (playwright.config.ts
 * builds and serves it), against a real HTTP server this spec starts:
 * accepted, 500, and no answer until the timeout (2 s in that build). On any
 * failure the draft stays and the email path is offered.
 *
 * Serial: the tests share the one endpoint server, switching its mode.
 */
import { expect, test } from '@playwright/test';
import { startTicketServer, type TicketServer } from '../helpers/ticket-server';
import { testPorts } from '../helpers/test-ports';
import { answers, expectAccessible, field, fillForm, openTicket, review, status, storedDraft } from './ticket-helpers';

test.describe.configure({ mode: 'serial' });

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

for (const [mode, failure] of [
  ['fail', 'The ticket service refused the request (HTTP 500), so it was not sent.'],
  ['hang', 'The ticket service did not answer within 2 seconds, so the request was not sent.'],
] as const) {
  test(`${mode === 'fail' ? 'HTTP 500' : 'no answer'}: the draft stays and the email path is offered`, async ({ page }) => {
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
