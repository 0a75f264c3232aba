/**
 * The coverage checker island: deep links per the URL contract, live answers,
 * history, keyboard-only use, hostile query strings, and axe on every state.
 */
import { expect, test, type Page } from '@playwright/test';
import { readableDate } from '../../src/coverage/dates';
import { axeViolations } from '../helpers/accessibility';

/** A date `days` before today on this machine, which is also the browser's today. */
function daysAgo(days: number) {
  const d = new Date();
  d.setDate(d.getDate() - days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const answer = (page: Page) => page.locator('[data-verdict]');

async function expectAnswer(page: Page, expected: Record<string, string>) {
  for (const [attribute, value] of Object.entries(expected)) {
    await expect(answer(page), attribute).toHaveAttribute(`data-${attribute}`, value);
  }
}

const deepLinks: [string, Record<string, string>][] = [
  [
    'package=pro&topic=install-help&modified=no',
    { verdict: 'covered', channel: 'email', priority: 'best-effort', terms: 'T11.2', fit: 'ok' },
  ],
  ['package=pro&topic=platform-upgrade&modified=no', { verdict: 'not-covered', channel: 'none', priority: 'none', terms: 'T12.4' }],
  ['package=pro&topic=health-check&modified=no', { verdict: 'not-covered', terms: 'T6 T11' }],
  ['package=enterprise&topic=health-check&modified=no', { verdict: 'covered', channel: 'ticket', priority: 'highest', terms: 'T6' }],
  ['package=enterprise&topic=logo-removal&modified=no', { verdict: 'not-stated', channel: 'ticket', terms: 'T12.3' }],
  ['package=enterprise&topic=bug-fix&modified=yes', { verdict: 'not-covered', channel: 'none', terms: 'T14 T15 T16' }],
  ['package=none&topic=install-help&modified=no', { verdict: 'not-covered', terms: 'T2' }],
  ['package=none&topic=onboarding', { verdict: 'not-covered', terms: 'T2' }],
  [`package=pro&topic=bug-fix&modified=no&start=${daysAgo(30)}`, { verdict: 'covered', terms: 'T11.4' }],
  [`package=pro&topic=bug-fix&modified=no&start=${daysAgo(31)}`, { verdict: 'not-covered', terms: 'T11.4' }],
  [`package=pro&topic=bug-fix&modified=no&start=${daysAgo(-3)}`, { verdict: 'not-covered', channel: 'none', terms: 'T11.4' }],
  ['package=pro&topic=bug-fix&modified=no', { verdict: 'needs-info', channel: 'none' }],
  ['package=pro&topic=onboarding&modified=no&agents=10&bots=1', { verdict: 'covered', fit: 'exceeds' }],
  ['package=pro&topic=onboarding&modified=no&agents=9&bots=4', { verdict: 'covered', fit: 'ok' }],
  ['package=pro&topic=code-modification', { verdict: 'not-covered', terms: 'T12.1 T13 T14 T15' }],
  ['', { verdict: 'needs-info', terms: '' }],
];

for (const [query, expected] of deepLinks) {
  test(`deep link ?${query || '(empty)'} → ${expected['verdict']}`, async ({ page }) => {
    await page.goto(`/check/?${query}`);
    await expectAnswer(page, expected);
    await expect(page.locator('.checker-notices')).toHaveCount(0);
  });
}

test('the answer follows the inputs, the URL follows the answer, and Back goes back', async ({ page }) => {
  await page.goto('/check/');
  // Answers given before the island hydrates are reset by it: wait for it (under load this raced).
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expectAnswer(page, { verdict: 'needs-info' });
  await page.getByRole('radio', { name: 'Pro' }).check();
  await page.getByLabel('What do you need help with?').selectOption('install-help');
  await expectAnswer(page, { verdict: 'needs-info' });
  await expect(page.getByRole('link', { name: 'Does the request concern a component you have modified?' })).toBeVisible();
  await page.getByRole('radio', { name: 'No', exact: true }).check();
  await expectAnswer(page, { verdict: 'covered', terms: 'T11.2' });
  await expect(page).toHaveURL(/\?package=pro&topic=install-help&modified=no$/);

  await page.getByRole('radio', { name: 'Yes', exact: true }).check();
  await expectAnswer(page, { verdict: 'not-covered', terms: 'T14 T15 T16' });

  await page.goBack();
  await expectAnswer(page, { verdict: 'covered' });
  await expect(page.getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  await page.goForward();
  await expectAnswer(page, { verdict: 'not-covered' });

  // The start date appears only for a windowed rule, and the size only for Pro.
  await expect(page.getByLabel('When did your support package start?')).toHaveCount(0);
  await page.getByRole('radio', { name: 'No', exact: true }).check();
  await page.getByLabel('What do you need help with?').selectOption('bug-fix');
  await page.getByLabel('When did your support package start?').fill(daysAgo(2));
  await expectAnswer(page, { verdict: 'covered', terms: 'T11.4' });
  await page.getByLabel('Agents').fill('25');
  await expectAnswer(page, { fit: 'exceeds', verdict: 'covered' });
  await page.getByRole('radio', { name: 'Enterprise' }).check();
  await expect(page.getByLabel('Agents')).toHaveCount(0);
  await expect(page.getByLabel('When did your support package start?')).toHaveCount(0);
  await expectAnswer(page, { verdict: 'covered', channel: 'ticket', terms: 'T7' });
});

test('a refusal shows no channel, priority or response, and says what to do instead', async ({ page }) => {
  await page.goto('/check/?package=pro&topic=health-check&modified=no');
  await expectAnswer(page, { verdict: 'not-covered', channel: 'none', priority: 'none' });
  const section = answer(page);
  await expect(section.locator('.facts')).toHaveCount(0);
  await expect(section).not.toContainText('Best effort');
  await expect(section.getByRole('heading', { name: 'What you can do instead' })).toBeVisible();
  await expect(section.getByRole('link', { name: 'See it on the Enterprise page' })).toHaveAttribute(
    'href',
    '/packages/enterprise/#health-check',
  );
  await expect(section.getByRole('link', { name: 'Community channels' })).toBeVisible();
});

test('a covered answer shows the channel, priority and response', async ({ page }) => {
  await page.goto('/check/?package=pro&topic=onboarding&modified=no');
  await expect(answer(page).locator('.facts')).toContainText('Email only');
});

test('without a package, the answer names the packages that cover it and never says "package package"', async ({ page }) => {
  await page.goto('/check/?package=none&topic=install-help&modified=no');
  await expectAnswer(page, { verdict: 'not-covered', terms: 'T2' });
  await expect(page.locator('#checker-answer-heading')).toHaveText('Not covered: no support package');
  await expect(answer(page).getByRole('link', { name: 'See it on the Pro page' })).toBeVisible();
  await expect(answer(page).getByRole('link', { name: 'See it on the Enterprise page' })).toBeVisible();
  await expect(answer(page)).not.toContainText(/package package|\(T2\)\.? ?\(T2\)/);
});

test('a start date in the future gets its own message, not "one more answer needed"', async ({ page }) => {
  await page.goto(`/check/?package=pro&topic=bug-fix&modified=no&start=${daysAgo(-3)}`);
  await expect(page.locator('#checker-answer-heading')).toHaveText('Not covered yet: your Pro package has not started');
  await expect(answer(page)).toContainText(`starts on ${readableDate(daysAgo(-3))}, which is after today (${readableDate(daysAgo(0))})`);
  // Every date in the answer is written as on the rest of the portal, never as YYYY-MM-DD.
  await expect(answer(page)).not.toContainText(/\d{4}-\d{2}-\d{2}/);
  await answer(page).getByRole('link', { name: 'Correct the start date' }).click();
  await expect(page.getByLabel('When did your support package start?')).toBeFocused();
});

test('a start date in the future offers no ticket request the form would refuse, and says when to prepare one', async ({ page }) => {
  await page.goto(`/check/?package=pro&topic=bug-fix&modified=no&start=${daysAgo(-3)}`);
  await expectAnswer(page, { verdict: 'not-covered' });
  // /ticket/ refuses a start date after today, so a link there would be a dead end.
  await expect(answer(page).getByRole('link', { name: /ticket request/ })).toHaveCount(0);
  await expect(answer(page).locator('.next-steps')).toContainText('If it is, prepare your ticket request from');
  await expect(answer(page).getByRole('link', { name: 'Read this on the Pro page' })).toBeVisible();
  // Any other refusal still offers the ticket request.
  await page.goto(`/check/?package=pro&topic=bug-fix&modified=no&start=${daysAgo(31)}`);
  await expect(answer(page).getByRole('link', { name: 'Prepare a ticket request anyway' })).toBeVisible();
});

test('a size the checker cannot use stays as typed, with the allowed range, announced and tied to its field', async ({ page }) => {
  await page.goto('/check/?package=pro&topic=onboarding&modified=no&agents=4');
  await expect(answer(page)).toHaveAttribute('data-verdict', 'covered');
  for (const [label, value] of [
    ['Agents', '-3'],
    ['Agents', '1e9'],
    ['Bots', '2.5'],
  ] as const) {
    const input = page.getByLabel(label, { exact: true });
    await input.fill(value);
    await expect(input, 'what was typed is kept').toHaveValue(value);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    const message = `Enter the number of ${label.toLowerCase()} as a whole number from 0 to 100,000, or leave it empty.`;
    await expect(input).toHaveAccessibleDescription(message);
    await expect(page.locator('[aria-live="polite"]').filter({ hasText: message })).toHaveCount(1);
    // The answer and the link go on as if the question were unanswered.
    await expect(page).not.toHaveURL(new RegExp(`${label.toLowerCase()}=`));
    await expect(answer(page)).toHaveAttribute('data-verdict', 'covered');
    if (label === 'Bots') expect(await axeViolations(page)).toEqual([]);
    await input.fill('');
  }
  await page.getByLabel('Agents', { exact: true }).fill('12');
  await expect(page.getByLabel('Agents', { exact: true })).not.toHaveAttribute('aria-invalid');
  await expect(page.locator('.field-error')).toHaveCount(0);
  await expect(answer(page)).toHaveAttribute('data-fit', 'exceeds');
  await expect(page).toHaveURL(/agents=12/);
});

test.describe('typing the start date', () => {
  // The date field's segments follow the browser's locale: month, day, year in en-US.
  test.use({ locale: 'en-US' });
  test('digit by digit keeps the checker working (years such as 0002 on the way)', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/check/?package=pro&topic=bug-fix&modified=no');
    const start = page.getByLabel('When did your support package start?');
    const [year, month, day] = daysAgo(2).split('-');
    await start.focus(); // the first segment, as Tab would
    await start.pressSequentially(`${month}${day}${year}`);
    await expect(start).toHaveValue(daysAgo(2));
    await expectAnswer(page, { verdict: 'covered', terms: 'T11.4' });
    expect(errors).toEqual([]);
  });
});

test('"What to do next" holds one action per bullet', async ({ page }) => {
  for (const query of [
    '',
    'package=pro',
    'package=pro&topic=bug-fix',
    'package=pro&topic=health-check&modified=no',
    'package=none&topic=install-help&modified=no',
    'package=enterprise&topic=onboarding&modified=no',
  ]) {
    await page.goto(`/check/?${query}`);
    const bullets = answer(page).locator('.next-steps > li');
    await expect(bullets.first()).toBeVisible();
    for (const bullet of await bullets.all()) {
      // Term citations are references, not actions.
      await expect(bullet.locator('a:not(.cite a)'), `${query}: ${await bullet.textContent()}`).toHaveCount(1);
    }
  }
  await page.goto('/check/');
  await expect(answer(page).locator('.next-steps > li')).toHaveText(['Which support package do you have?', 'What do you need help with?']);
});

test('every verdict names the edition of the terms it rests on', async ({ page }) => {
  for (const query of ['', 'package=pro&topic=onboarding&modified=no', 'package=enterprise&topic=logo-removal&modified=no']) {
    await page.goto(`/check/?${query}`);
    await expect(answer(page).locator('.terms-edition')).toHaveText('Answered from the support terms, version 1, effective 6 April 2021.');
  }
});

test('the verdict is announced to screen readers', async ({ page }) => {
  await page.goto('/check/?package=pro&topic=install-docs&modified=no');
  const live = page.locator('[aria-live="polite"]').filter({ has: page.locator('#checker-answer-heading') });
  await expect(live).toContainText('Covered by Pro');
  await page.getByRole('radio', { name: 'Enterprise' }).check();
  await expect(live).toContainText('Covered by Enterprise');
});

test('keyboard only: answer every question and reach the ticket link', async ({ page }) => {
  await page.goto('/check/');
  const pro = page.getByRole('radio', { name: 'Pro' });
  for (let i = 0; i < 20 && !(await pro.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(pro).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown'); // Enterprise
  await expectAnswer(page, { verdict: 'needs-info' });
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('What do you need help with?')).toBeFocused();
  await page.keyboard.press('ArrowDown'); // first topic
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'No', exact: true })).toBeFocused();
  await page.keyboard.press('Space');
  await expectAnswer(page, { verdict: 'covered', channel: 'ticket' });
  await expect(page).toHaveURL(/package=enterprise&topic=install-docs&modified=no/);

  const ticket = page.getByRole('link', { name: 'Prepare the ticket request' });
  for (let i = 0; i < 20 && !(await ticket.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(ticket).toBeFocused();
  await expect(ticket).toHaveAttribute('href', '/ticket/?package=enterprise&topic=install-docs&modified=no');
});

const hostile = [
  'topic=%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E',
  'package=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
  'package=__proto__&topic=constructor',
  '__proto__%5Bpwned%5D=1&constructor=x',
  'start=2026-02-30&agents=-5&bots=1e9',
  'modified=%22%3E%3Csvg%20onload%3D%22window.__pwned%3D1%22%3E',
  'package=pro&package=enterprise',
];

for (const query of hostile) {
  test(`hostile query ?${query} shows a notice and injects nothing`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`/check/?${query}`);
    const notices = page.locator('.checker-notices');
    await expect(notices).toBeVisible();
    await expect(notices.locator('li').first()).not.toBeEmpty();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => ({}) as Record<string, unknown>)).toEqual({});
    await expect(page.locator('main img, main [onload], main [onerror]')).toHaveCount(0);
    expect(await page.locator('script').evaluateAll((scripts) => scripts.some((s) => s.textContent?.includes('__pwned')))).toBe(false);
    await expect(answer(page)).toHaveAttribute('data-verdict', /^(needs-info|covered|not-covered|not-stated)$/);
    expect(errors).toEqual([]);
  });
}

test('a hostile value is shown as text', async ({ page }) => {
  await page.goto('/check/?topic=%3Cb%3Ebold%3C%2Fb%3E');
  await expect(page.locator('.checker-notices')).toContainText('topic="<b>bold</b>" was ignored');
  await expect(page.locator('.checker-notices b')).toHaveCount(0);
});

const states: [string, string][] = [
  ['empty', ''],
  ['covered with fit note', 'package=pro&topic=bug-fix&modified=no&start=' + daysAgo(3) + '&agents=30'],
  ['not covered', 'package=pro&topic=logo-removal&modified=no'],
  ['not stated', 'package=enterprise&topic=platform-upgrade&modified=no'],
  ['notices', 'package=gold&topic=x&agents=-1'],
];
for (const scheme of ['light', 'dark'] as const) {
  for (const [name, query] of states) {
    test(`axe: checker ${name} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/check/?${query}`);
      await expect(answer(page)).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test('without JavaScript the page still has every answer and a plain form', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/check/?package=pro&topic=bug-fix');
  await expect(page.locator('.matrix td')).toHaveCount(45);
  const form = page.locator('.plain-ticket form');
  await expect(form).toBeVisible();
  await expect(form.getByRole('button', { name: 'Email the Pro request' })).toHaveAttribute('formaction', /^mailto:support@/);
  await expect(form.getByLabel('Product version')).toBeVisible();
  await context.close();
});
