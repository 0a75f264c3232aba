/** Shared steps of the ticket form tests: filling it in, reading it back, checking accessibility. */
import { expect, type Locator, type Page } from '@playwright/test';
import { addDays, localToday } from '../../src/coverage/dates';
import { DRAFT_STORAGE_KEY } from '../../src/ticket/draft';

export { DRAFT_STORAGE_KEY };
export { expectAccessible } from '../helpers/accessibility';

/** The customer's answers, as typed. Dates relative to today keep the bug-fix window open. */
export function answers(overrides: Partial<Answers> = {}): Answers {
  return {
    package: 'pro',
    topic: 'bug-fix',
    start: addDays(localToday(), -5),
    name: 'Ada Lovelace',
    email: 'ada@example.com',
    company: 'Analytical Engines Ltd',
    contract: 'PO-2026-0412',
    version: 'tiledesk-server 2.13.23-op1',
    installLabel: 'Docker Compose',
    componentLabels: ['Web widget', 'Proxy or ingress'],
    environmentLabel: 'Production',
    severity: 2,
    subject: 'Widget shows localhost after domain change',
    description: 'The widget loads launch.js from http://localhost:8081 instead of our domain.',
    steps: '1. Set EXTERNAL_BASE_URL\n2. docker-compose up -d\n3. Open the site',
    logs: '14:02:11 GET /widget/launch.js 404 (secrets removed)',
    agents: '6',
    bots: '2',
    ...overrides,
  };
}

export interface Answers {
  package: string;
  topic: string;
  start: string;
  name: string;
  email: string;
  company: string;
  contract: string;
  version: string;
  installLabel: string;
  componentLabels: string[];
  environmentLabel: string;
  severity: 1 | 2 | 3 | 4;
  subject: string;
  description: string;
  steps: string;
  logs: string;
  agents: string;
  bots: string;
}

export const form = (page: Page) => page.getByRole('form', { name: 'Support request' });

/** A control by its whole label, which may end with "(optional)". */
export const field = (page: Page | Locator, label: string) =>
  page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(optional\\))?$`));
export const coverageAnswer = (page: Page) => page.locator('[data-verdict]');
/** The form's live region (the suggestions have their own). */
export const status = (page: Page) => page.locator('#ticket-status');

/** Opens the form and waits for the island to be running (hydrated: the built form is visible before that). */
export async function openTicket(page: Page, query = '') {
  await page.goto(`/ticket/${query}`);
  await expect(form(page)).toBeVisible();
  // Until hydrated the tab does not listen for other tabs' drafts (a CI run lost one that way).
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  // Astro drops `ssr` when React's hydration starts; the browser's start (draft, link) is applied in a
  // transition after that, and the controls stay disabled until it is. A second tab still applying its
  // start while the first saved lost the first tab's draft in a CI run: wait until the form is live.
  await expect(page.getByRole('button', { name: 'Start over' })).toBeEnabled();
  await expect(page.locator('html')).not.toHaveAttribute('data-island-pending');
}

/** Fills every field with the mouse-free Playwright API (the keyboard test does it key by key). */
export async function fillForm(page: Page, a: Answers) {
  // Answers brought from the checker are summarised: open them to change, as a customer would.
  const change = page.getByRole('button', { name: 'Change these answers' });
  if (await change.isVisible()) await change.click();
  await field(page, 'Your support package').selectOption(a.package);
  await field(page, 'What the request is about').selectOption(a.topic);
  await page.getByRole('radio', { name: 'No, only original components' }).check();
  await field(page, 'Start date of your support package').fill(a.start);
  await page.getByRole('textbox', { name: 'Agents' }).fill(a.agents);
  await page.getByRole('textbox', { name: 'Bots' }).fill(a.bots);
  await fillDetails(page, a);
}

/** Fills everything after the checker's questions: contact, installation, severity and the problem. */
export async function fillDetails(page: Page, a: Answers) {
  await field(page, 'Your name').fill(a.name);
  await field(page, 'Your email address').fill(a.email);
  await field(page, 'Company or organisation').fill(a.company);
  await field(page, 'Licence or contract reference').fill(a.contract);
  await field(page, 'Product version').fill(a.version);
  await page.getByRole('radio', { name: a.installLabel, exact: true }).check();
  for (const label of a.componentLabels) await page.getByRole('checkbox', { name: label, exact: true }).check();
  await page.getByRole('radio', { name: a.environmentLabel, exact: true }).check();
  await page.getByRole('radio', { name: new RegExp(`^${a.severity} – `) }).check();
  await field(page, 'Subject').fill(a.subject);
  await field(page, 'What happened').fill(a.description);
  await field(page, 'Steps to reproduce').fill(a.steps);
  await field(page, 'Logs').fill(a.logs);
}

/**
 * Asks for the sections after the coverage questions, which otherwise wait until the answers settle
 * the verdict (src/islands/ticket/DetailsAhead.tsx), and waits for them.
 */
export async function showDetailsNow(page: Page) {
  await page.getByRole('button', { name: 'Show the rest of the form' }).click();
  await expect(field(page, 'Your name')).toBeFocused();
}

/** Submits the form and waits for the ready request. */
export async function review(page: Page) {
  await page.getByRole('button', { name: 'Review the request' }).click();
  await expect(page.getByRole('heading', { name: 'Your request is ready to send' })).toBeFocused();
}

/** The mailto link's parts, decoded. */
export async function mailtoParts(page: Page) {
  const href = (await page.getByRole('link', { name: 'Open in your email program' }).getAttribute('href')) ?? '';
  const [address, query = ''] = href.slice('mailto:'.length).split('?');
  const params = new URLSearchParams(query.replace(/\+/g, '%2B'));
  return { href, address: decodeURIComponent(address ?? ''), subject: params.get('subject') ?? '', body: params.get('body') ?? '' };
}

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it is never reached. */
export async function tabTo(page: Page, target: Locator, maxPresses = 80) {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, 'reached with the Tab key').toBeFocused();
}

/** The draft stored in this browser, parsed, or null. */
export const storedDraft = (page: Page) =>
  page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    return raw === null ? null : (JSON.parse(raw) as { version: number; fields: Record<string, unknown> });
  }, DRAFT_STORAGE_KEY);
