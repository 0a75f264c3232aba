/**
 * /ticket/ on the site as built by default (no ticket endpoint: every request
 * goes by email). Pre-filling from the checker, hostile links, validation,
 * the saved draft, the email path, keyboard-only use, the page without
 * JavaScript, the size of its JavaScript, and axe on every state in light and
 * dark, on a desktop and on a phone.
 */
import { gzipSync } from 'node:zlib';
import { devices, expect, test, type Page } from '@playwright/test';
import { addDays, localToday, readableDate } from '../../src/coverage/dates';
import { FIELD_WORDS } from '../../src/ticket/field-words';
import { MAILTO_MAX_LENGTH } from '../../src/ticket/mailto';
import {
  DRAFT_STORAGE_KEY,
  answers,
  coverageAnswer,
  expectAccessible,
  field,
  fillDetails,
  fillForm,
  form,
  mailtoParts,
  openTicket,
  review,
  showDetailsNow,
  status,
  storedDraft,
  tabTo,
} from './ticket-helpers';

const CHECKER_LINK = '?package=pro&topic=bug-fix&modified=no&agents=3&bots=1';

test.describe('pre-filled from the checker', () => {
  test('the link fills the checker questions and the verdict is evaluated from them', async ({ page }) => {
    await openTicket(page, CHECKER_LINK);
    await expect(field(page, 'Your support package')).toHaveValue('pro');
    await expect(field(page, 'What the request is about')).toHaveValue('bug-fix');
    await expect(page.getByRole('radio', { name: 'No, only original components' })).toBeChecked();
    await expect(page.getByRole('textbox', { name: 'Agents' })).toHaveValue('3');
    // The bug-fix window needs the start date: the verdict waits for it.
    await expect(coverageAnswer(page)).toHaveAttribute('data-verdict', 'needs-info');
    await field(page, 'Start date of your support package').fill(answers().start);
    await expect(coverageAnswer(page)).toHaveAttribute('data-verdict', 'covered');
    await expect(coverageAnswer(page)).toHaveAttribute('data-terms', 'T11.4');
    await expect(coverageAnswer(page)).toHaveAttribute('data-channel', 'email');
    // The address follows the answers, so a reload or a shared link shows the same request.
    await expect(page).toHaveURL(/[?&]start=\d{4}-\d{2}-\d{2}/);
  });

  test('a verdict in the link is ignored: the form works it out itself', async ({ page }) => {
    await openTicket(page, '?package=pro&topic=platform-upgrade&modified=no&verdict=covered');
    await expect(coverageAnswer(page)).toHaveAttribute('data-verdict', 'not-covered');
    await expect(page.locator('.link-notices')).toContainText('The parameter "verdict" is not one the checker uses');
  });

  test('a modified component is not covered whatever the package', async ({ page }) => {
    await openTicket(page, '?package=enterprise&topic=bug-fix&modified=yes');
    await expect(coverageAnswer(page)).toHaveAttribute('data-verdict', 'not-covered');
    await expect(coverageAnswer(page)).toHaveAttribute('data-terms', 'T14 T15 T16');
  });
});

test.describe('the coverage questions come first', () => {
  test('an empty form asks them alone; a settled verdict brings the rest, which then stays', async ({ page }) => {
    await openTicket(page);
    const ahead = page.getByRole('region', { name: 'Next: you, your installation and the problem' });
    await expect(ahead).toBeVisible();
    await expect(field(page, 'Your name')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Review the request' })).toHaveCount(0);
    await expectAccessible(page, 'the later sections waiting');

    await field(page, 'Your support package').selectOption('enterprise');
    await field(page, 'What the request is about').selectOption('install-help');
    await expect(field(page, 'Your name')).toHaveCount(0);
    await page.getByRole('radio', { name: 'No, only original components' }).check();
    await expect(coverageAnswer(page)).toHaveAttribute('data-verdict', 'covered');
    await expect(ahead).toHaveCount(0);
    await expect(field(page, 'Your name')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Review the request' })).toBeVisible();

    // A changed answer that reopens a question does not take the sections away from under the reader.
    await field(page, 'Your support package').selectOption('');
    await expect(coverageAnswer(page)).toHaveAttribute('data-verdict', 'needs-info');
    await expect(field(page, 'Your name')).toBeVisible();
  });

  test('"Show the rest of the form" brings them at once, and a draft with details brings them back after a reload', async ({ page }) => {
    await openTicket(page);
    await showDetailsNow(page);
    await field(page, 'Your name').fill('Ada');
    await expect.poll(async () => (await storedDraft(page))?.fields['name']).toBe('Ada');
    await page.reload();
    await expect(page.locator('.draft-note')).toContainText('was restored from this browser');
    await expect(field(page, 'Your name')).toHaveValue('Ada');
    await expect(page.getByRole('button', { name: 'Show the rest of the form' })).toHaveCount(0);
  });

  test('a checker link that settles the verdict opens the form with every section', async ({ page }) => {
    await openTicket(page, '?package=enterprise&topic=install-help&modified=no');
    await expect(field(page, 'Your name')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Show the rest of the form' })).toHaveCount(0);
  });
});

test.describe('answers the checker already has', () => {
  const ANSWERED = '?package=enterprise&topic=bug-fix&modified=no&agents=12';

  test('dates in the summary and the verdict are written as on the rest of the portal', async ({ page }) => {
    const start = answers().start;
    await openTicket(page, `?package=pro&topic=bug-fix&modified=no&start=${start}`);
    const summary = page.locator('.answers-summary');
    await expect(summary).toContainText(`Start date of your support package${readableDate(start)}`);
    await expect(coverageAnswer(page)).toContainText(`the last day is ${readableDate(addDays(start, 30))}.`);
    await expect(page.locator('.ticket-form')).not.toContainText(/\d{4}-\d{2}-\d{2}/);
  });

  test('are summarised, not asked again, and one button opens them to change', async ({ page }) => {
    await openTicket(page, ANSWERED);
    const summary = page.locator('.answers-summary');
    await expect(summary).toContainText('Enterprise');
    await expect(summary).toContainText('No, only original components');
    await expect(summary).toContainText('12');
    await expect(field(page, 'Your support package')).toHaveCount(0);
    await expect(coverageAnswer(page)).toHaveAttribute('data-verdict', 'covered');

    await page.getByRole('button', { name: 'Change these answers' }).click();
    await expect(field(page, 'Your support package')).toBeFocused();
    await expect(field(page, 'Your support package')).toHaveValue('enterprise');
    await expect(status(page)).toHaveText('The coverage questions are open to change.');
    await page.getByRole('radio', { name: 'Yes, a component we modified' }).check();
    await expect(coverageAnswer(page)).toHaveAttribute('data-verdict', 'not-covered');
    await expect(page).toHaveURL(/modified=yes/);
  });

  test('are asked in full when the verdict still needs an answer, or when there is no checker link', async ({ page }) => {
    // Pro's bug-fix window depends on the start date, which the link lacks.
    await openTicket(page, CHECKER_LINK);
    await expect(page.locator('.answers-summary')).toHaveCount(0);
    await expect(field(page, 'Start date of your support package')).toBeVisible();
    await page.evaluate(() => localStorage.clear());
    await openTicket(page);
    await expect(page.locator('.answers-summary')).toHaveCount(0);
    await expect(field(page, 'Your support package')).toHaveValue('');
  });

  test('a restored draft shows its questions as the customer left them', async ({ page }) => {
    await openTicket(page, ANSWERED);
    await field(page, 'Your name').fill('Ada');
    await page.reload();
    await expect(page.locator('.draft-note')).toContainText('was restored from this browser');
    await expect(page.locator('.answers-summary')).toHaveCount(0);
    await expect(field(page, 'Your support package')).toHaveValue('enterprise');
  });

  test('the summarised answers still travel in the request', async ({ page }) => {
    await openTicket(page, ANSWERED);
    await fillDetails(page, answers({ package: 'enterprise' }));
    await review(page);
    const text = await page.locator('#ticket-preview').inputValue();
    expect(text).toMatch(/Enterprise/);
    expect(text).toMatch(/12 agents/);
  });
});

test.describe('hostile links inject nothing', () => {
  const hostile = [
    'package=%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E',
    'topic=%3Cscript%3Ewindow.__pwned%3D2%3C%2Fscript%3E',
    'modified=%22%3E%3Csvg%20onload%3D%22window.__pwned%3D3%22%3E',
    'start=javascript%3Aalert(1)',
    'agents=1e9',
    '%3Cb%20id%3Dinjected%3Eparam%3C%2Fb%3E=1',
    'package=pro',
  ].join('&');

  test('every bad value is shown as text, nothing runs, and the address is cleaned', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await openTicket(page, `?${hostile}`);
    const notices = page.locator('.link-notices li');
    // Seven values were ignored: three are listed, then the count of the rest.
    await expect(notices).toHaveCount(4);
    await expect(notices.nth(0)).toContainText('package="<img src=x onerror=\\"window.__pwned=1\\">"');
    await expect(page.locator('.link-notices')).toContainText('<script>window.__pwned=2</script>');
    await expect(notices.nth(3)).toHaveText('and 4 more values were ignored.');
    // Nothing from the link became markup. (The island's own <script> tags are Astro's and hold no link data.)
    await expect(page.locator('main img, main svg, main [onerror], main [onload], #injected')).toHaveCount(0);
    expect(
      await page.locator('main script').evaluateAll((scripts) => scripts.filter((s) => s.textContent?.includes('__pwned')).length),
    ).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    // The duplicate "package" was a notice; the valid one is used; the address keeps only what is valid.
    await expect(field(page, 'Your support package')).toHaveValue('');
    await expect(page).toHaveURL(/\/ticket\/$/);
  });

  test('a hostile draft in storage is read as plain data', async ({ page }) => {
    await page.addInitScript((key) => {
      localStorage.setItem(
        key,
        JSON.stringify({
          version: 1,
          savedAt: 'x',
          fields: { name: '<img src=x onerror="window.__pwned=4">', package: 'gold', components: '<b>' },
        }),
      );
    }, DRAFT_STORAGE_KEY);
    await openTicket(page);
    await expect(field(page, 'Your name')).toHaveValue('<img src=x onerror="window.__pwned=4">');
    await expect(page.locator('main img')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});

test.describe('validation', () => {
  test('a failed attempt focuses a summary of every error, each linked to its field', async ({ page }) => {
    await openTicket(page);
    await showDetailsNow(page);
    await page.getByRole('button', { name: 'Review the request' }).click();
    const summary = page.locator('.error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading')).toHaveText('14 answers need fixing before you go on');
    await expect(status(page)).toHaveText('The request cannot go on yet: 14 answers need fixing.');
    await expect(page.getByRole('heading', { name: 'Your request is ready to send' })).toHaveCount(0);

    // Each error sits next to its field, which is marked invalid and described by it.
    const name = field(page, 'Your name');
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    const describedBy = (await name.getAttribute('aria-describedby')) ?? '';
    await expect(page.locator(`#${describedBy.split(' ').at(-1)}`)).toHaveText('Error: Enter your name, so support knows whom to answer.');
    await expect(page.getByRole('radio', { name: 'Docker Compose' })).toHaveAttribute('aria-invalid', 'true');

    // A link in the summary takes the customer to the field.
    await summary.getByRole('link', { name: 'Enter your email address: support answers there.' }).click();
    await expect(field(page, 'Your email address')).toBeFocused();
    await expect(page).toHaveURL(/\/ticket\/$/);

    // Fixing a field clears its error at once; the others stay.
    await field(page, 'Your email address').fill('ada@example.com');
    await expect(field(page, 'Your email address')).not.toHaveAttribute('aria-invalid');
    await expect(summary.getByRole('heading')).toHaveText('13 answers need fixing before you go on');
  });

  test('rules between fields: steps for a problem, the contract unless there is no package', async ({ page }) => {
    await openTicket(page);
    await fillForm(page, answers({ steps: '', contract: '' }));
    await page.getByRole('button', { name: 'Review the request' }).click();
    const summary = page.locator('.error-summary');
    await expect(summary.getByRole('link')).toHaveText([
      'Enter your licence or contract reference, for example the purchase order number: support uses it to find your package.',
      'List the steps that make the problem happen, or choose severity 4 if this is a question.',
    ]);
    await page.getByRole('radio', { name: /^4 – / }).check();
    await field(page, 'Licence or contract reference').fill('PO-1');
    await expect(summary).toHaveCount(0);
  });

  test('a request that is not covered warns first and needs the customer to confirm', async ({ page }) => {
    await openTicket(page);
    await fillForm(page, answers({ topic: 'platform-upgrade' }));
    const warning = page.locator('.verdict-warning');
    await expect(warning.getByRole('heading')).toHaveText('Your package does not cover this request');
    await page.getByRole('button', { name: 'Review the request' }).click();
    await expect(page.locator('.error-summary').getByRole('link')).toHaveText([
      'Tick the box to send a request your package may not cover, or change your answers above.',
    ]);
    await page.getByRole('checkbox', { name: 'I understand, and I want to send the request anyway' }).check();
    await review(page);
    const text = await field(page, 'The text that will be sent').inputValue();
    expect(text).toMatch(/Coverage: NOT COVERED \(T12\.4\)/);
    expect(text).toContain('chose to send the request anyway');
    expect((await mailtoParts(page)).subject).toMatch(/^\[Pro · Sev 2 · not covered\] /);
  });

  test('an impossible size is refused with the allowed range, as the checker says it', async ({ page }) => {
    await openTicket(page);
    await fillForm(page, answers({ agents: '-3' }));
    await page.getByRole('button', { name: 'Review the request' }).click();
    const message = 'Enter the number of agents as a whole number from 0 to 100,000, or leave it empty.';
    await expect(page.locator('.error-summary').getByRole('link')).toHaveText([message]);
    await expect(page.getByRole('textbox', { name: 'Agents' })).toHaveAccessibleDescription(new RegExp(`Error: ${message}`));
  });

  test('a start date in the future is not offered as "send anyway": the form says to check the date', async ({ page }) => {
    await openTicket(page);
    await fillForm(page, answers({ start: addDays(localToday(), 3) }));
    await expect(coverageAnswer(page)).toHaveAttribute('data-verdict', 'not-covered');
    await expect(coverageAnswer(page)).toContainText('If it is, prepare your ticket request from');
    // The form refuses the date whatever is ticked, so it offers no box to tick.
    await expect(page.locator('.verdict-warning')).toHaveCount(0);
    await page.getByRole('button', { name: 'Review the request' }).click();
    await expect(page.locator('.error-summary').getByRole('link')).toHaveText([
      'The start date is after today. Check it against your purchase order.',
    ]);
  });

  test('a secret pasted into the text is pointed out, without stopping the request', async ({ page }) => {
    await openTicket(page);
    await fillForm(page, answers({ logs: 'SUPER_PASSWORD=hunter2\nAuthorization: JWT eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTYifQ.sig' }));
    const warning = page.locator('#ticket-logs-warning');
    await expect(warning).toHaveText(
      'Your text seems to contain SUPER_PASSWORD and a JWT token. Replace the values with [REDACTED] before sending; if a secret was already sent anywhere, change it.',
    );
    expect(await field(page, 'Logs').getAttribute('aria-describedby')).toContain('ticket-logs-warning');
    await review(page);
    await expect(page.locator('.review .notice').first()).toContainText('SUPER_PASSWORD and a JWT token');
    await field(page, 'Logs').fill('SUPER_PASSWORD=[REDACTED]');
    await expect(warning).toHaveCount(0);
  });

  test('without a package the vendor does not answer: the form says so, and still offers email', async ({ page }) => {
    await openTicket(page, '?package=none&topic=install-help&modified=no');
    await expect(page.locator('.notice').filter({ hasText: 'Without a support package the vendor does not answer.' })).toBeVisible();
    await expect(field(page, 'Licence or contract reference')).not.toHaveAttribute('required');
    await fillForm(page, answers({ package: 'none', topic: 'install-help', contract: '' }));
    await page.getByRole('checkbox', { name: 'I understand, and I want to send the request anyway' }).check();
    await review(page);
    expect((await mailtoParts(page)).body).toContain('Coverage: NOT COVERED (T2)');
  });
});

test.describe('the saved draft', () => {
  test('survives a reload, field by field, and "Start over" deletes it', async ({ page }) => {
    await openTicket(page, CHECKER_LINK);
    const a = answers();
    await fillForm(page, a);
    await page.reload();
    await expect(form(page)).toBeVisible();
    await expect(page.locator('.draft-note')).toContainText('was restored from this browser');
    await expect(field(page, 'Your name')).toHaveValue(a.name);
    await expect(field(page, 'Start date of your support package')).toHaveValue(a.start);
    await expect(page.getByRole('checkbox', { name: 'Web widget' })).toBeChecked();
    await expect(page.getByRole('radio', { name: /^2 – / })).toBeChecked();
    await expect(field(page, 'Steps to reproduce')).toHaveValue(a.steps);
    await expect(field(page, 'Logs')).toHaveValue(a.logs);
    await expect(coverageAnswer(page)).toHaveAttribute('data-verdict', 'covered');

    await page.getByRole('button', { name: 'Start over' }).click();
    await expect(page.getByRole('button', { name: 'Delete the draft' })).toBeFocused();
    await page.getByRole('button', { name: 'Delete the draft' }).click();
    await expect(field(page, 'Your support package')).toBeFocused();
    await expect(field(page, 'Your support package')).toHaveValue('');
    // The empty form asks the coverage questions first again.
    await expect(page.getByRole('button', { name: 'Show the rest of the form' })).toBeVisible();
    await expect(field(page, 'Your name')).toHaveCount(0);
    await expect(status(page)).toHaveText('Your draft was deleted and the form is empty.');
    expect(await storedDraft(page)).toBeNull();
    await expect(page).toHaveURL(/\/ticket\/$/);
    await page.reload();
    await showDetailsNow(page);
    await expect(field(page, 'Your name')).toHaveValue('');
  });

  test('"Keep it" keeps the draft', async ({ page }) => {
    await openTicket(page);
    await showDetailsNow(page);
    await field(page, 'Your name').fill('Ada');
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByRole('button', { name: 'Keep it' }).click();
    await expect(page.getByRole('button', { name: 'Start over' })).toBeFocused();
    await expect(field(page, 'Your name')).toHaveValue('Ada');
    expect((await storedDraft(page))?.fields['name']).toBe('Ada');
  });

  for (const [what, raw, message] of [
    ['corrupt', '{"version":1,"fields":', 'A draft saved in this browser could not be read, so the form starts empty.'],
    [
      'old',
      '{"version":0,"fields":{"name":"Ada"}}',
      'A draft saved by another version of this form could not be restored, so the form starts empty.',
    ],
  ]) {
    test(`a ${what} draft does not break the page`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [DRAFT_STORAGE_KEY, raw]);
      await openTicket(page);
      await expect(page.locator('.draft-note')).toHaveText(message!);
      await showDetailsNow(page);
      await expect(field(page, 'Your name')).toHaveValue('');
      await field(page, 'Your name').fill('Grace');
      expect((await storedDraft(page))?.fields['name']).toBe('Grace');
      expect(errors).toEqual([]);
    });
  }
});

test.describe('the email path', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the mailto link, the copied text and the download hold every answer', async ({ page }) => {
    await openTicket(page);
    const a = answers({ agents: '4', bots: '1' });
    await fillForm(page, a);
    await review(page);
    const preview = await field(page, 'The text that will be sent').inputValue();

    const mail = await mailtoParts(page);
    expect(mail.address).toBe('support@tiledesk.com');
    expect(mail.subject).toBe(`[Pro · Sev 2] ${a.subject}`);
    expect(mail.href.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    const body = mail.body.replace(/\r\n/g, '\n');
    expect(body).toBe(preview);
    for (const value of [a.name, a.email, a.company, a.contract, a.version, a.subject, a.description, a.steps, a.logs]) {
      expect(body, `the email contains "${value}"`).toContain(value);
    }
    for (const line of [
      `Support start date: ${readableDate(a.start)}`,
      'Package: Pro',
      'Topic: Fixing a bug in the platform',
      'Severity: 2 – (Production/Development) Major Impact',
      'Coverage: Covered (T11.4)',
      'Install method: Docker Compose',
      'Components affected: Web widget; Proxy or ingress',
      'Modified components: no',
      'Environment: Production',
      'Deployment size: 4 agents, 1 bots',
    ]) {
      expect(body).toContain(line);
    }
    await expect(page.locator('#ticket-mailto-cut')).toHaveCount(0);

    await page.getByRole('button', { name: 'Copy the text' }).click();
    await expect(status(page)).toHaveText('The full text is copied. Paste it into your email.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(preview);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download as a text file' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^support-request-\d{4}-\d{2}-\d{2}\.txt$/);
    const { readFile } = await import('node:fs/promises');
    expect(await readFile((await download.path())!, 'utf8')).toBe(preview);
  });

  test('a request too long for an email link says so; copy and download keep the full text', async ({ page }) => {
    await openTicket(page);
    const logs = Array.from(
      { length: 60 },
      (_, i) => `14:${String(i).padStart(2, '0')}:00 ERROR MongoNetworkError connecting to mongo:27017`,
    ).join('\n');
    await fillForm(page, answers({ logs }));
    await review(page);
    await expect(page.locator('#ticket-mailto-cut')).toContainText('longer than an email link can carry');
    const mail = await mailtoParts(page);
    expect(mail.href.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    expect(mail.body).toContain('The email link could hold only the part above.');
    const preview = await field(page, 'The text that will be sent').inputValue();
    expect(preview).toContain(logs);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download as a text file' }).click(),
    ]);
    const { readFile } = await import('node:fs/promises');
    expect(await readFile((await download.path())!, 'utf8')).toContain(logs);
  });

  test('editing after review keeps the text in step; an invalid edit hides it', async ({ page }) => {
    await openTicket(page);
    await fillForm(page, answers());
    await review(page);
    await field(page, 'Company or organisation').fill('Difference Engines plc');
    await expect(field(page, 'The text that will be sent')).toHaveValue(/Company: Difference Engines plc/);
    await field(page, 'Company or organisation').fill('');
    await expect(field(page, 'The text that will be sent')).toHaveCount(0);
    await expect(page.locator('.error-summary')).toContainText('Enter your company or organisation');
  });
});

test.describe('knowledge-base suggestions', () => {
  test('typing a subject suggests up to three matching articles', async ({ page }) => {
    await openTicket(page);
    await showDetailsNow(page);
    await field(page, 'Subject').fill('Tiledesk does not send emails');
    const links = page.locator('.kb-suggestions a');
    await expect(links.first()).toBeVisible();
    expect(await links.count()).toBeLessThanOrEqual(3);
    const hrefs = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toContain('/kb/emails-not-sent/');
    expect(hrefs.every((h) => h.startsWith('/kb/'))).toBe(true);
  });

  test('the search index is loaded only once a subject is typed', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await openTicket(page);
    await showDetailsNow(page);
    await field(page, 'Your name').fill('Ada');
    expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await field(page, 'Subject').fill('RabbitMQ container killed');
    await expect(page.locator('.kb-suggestions a').first()).toBeVisible();
    expect(requests.some((p) => p.startsWith('/pagefind/'))).toBe(true);
  });
});

test.describe('keyboard only', () => {
  test('the whole form can be filled in, reviewed and sent with the keyboard', async ({ page }) => {
    test.slow(); // key by key, Tab by Tab: long on a busy machine
    const a = answers();
    await openTicket(page, CHECKER_LINK);
    const type = async (label: string, text: string) => {
      const control = field(page, label);
      await tabTo(page, control);
      await page.keyboard.type(text);
    };
    // The checker's questions came with the link; only the start date is missing.
    await tabTo(page, field(page, 'Start date of your support package'));
    const [year, month, day] = a.start.split('-');
    await page.keyboard.type(`${month}${day}${year}`); // Chromium's en-US date field: mm/dd/yyyy
    await expect(field(page, 'Start date of your support package')).toHaveValue(a.start);
    await type('Your name', a.name);
    await type('Your email address', a.email);
    await type('Company or organisation', a.company);
    await type('Licence or contract reference', a.contract);
    await type('Product version', a.version);
    // Enter in a one-line field only ends typing there: it never validates the whole form.
    await page.keyboard.press('Enter');
    await expect(field(page, 'Product version')).toBeFocused();
    await expect(page.locator('.error-summary')).toHaveCount(0);
    // Radios: Tab enters the group, Space picks the focused option, arrows move between options.
    await tabTo(page, page.getByRole('radio', { name: 'Docker Compose' }));
    await page.keyboard.press('Space');
    await expect(page.getByRole('radio', { name: 'Docker Compose' })).toBeChecked();
    await tabTo(page, page.getByRole('checkbox', { name: 'Web widget' }));
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('radio', { name: 'Production', exact: true }));
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('radio', { name: /^1 – / }));
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: /^2 – / })).toBeChecked();
    await type('Subject', a.subject);
    await type('What happened', a.description);
    await type('Steps to reproduce', 'Open the site and look at the network tab.');
    // Enter on the button reviews the request: it never sends.
    await tabTo(page, page.getByRole('button', { name: 'Review the request' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Your request is ready to send' })).toBeFocused();
    const mailto = page.getByRole('link', { name: 'Open in your email program' });
    await tabTo(page, mailto);
    expect((await mailtoParts(page)).body).toContain(a.subject);
    // The focused control is visibly marked.
    expect(await mailto.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');

    // Start over, with the keyboard, lands back on the first field.
    await tabTo(page, page.getByRole('button', { name: 'Start over' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Delete the draft' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(field(page, 'Your support package')).toBeFocused();
  });

  test('from the error summary, Enter on a link reaches the field', async ({ page }) => {
    await openTicket(page);
    // On an empty form the later sections wait for the coverage questions; the keyboard asks for them.
    await tabTo(page, page.getByRole('button', { name: 'Show the rest of the form' }));
    await page.keyboard.press('Enter');
    await expect(field(page, 'Your name')).toBeFocused();
    await tabTo(page, page.getByRole('button', { name: 'Review the request' }));
    await page.keyboard.press('Enter');
    await expect(page.locator('.error-summary')).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(field(page, 'Your support package')).toBeFocused();
    expect(await field(page, 'Your support package').evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  });
});

/** Each question of a form by its label or legend: marked "(optional)" or not, and required or not to assistive technology. */
async function questionMarks(page: Page, formSelector: string) {
  return page.locator(formSelector).evaluate((form) => {
    const marks: Record<string, { optional: boolean; required: boolean }> = {};
    for (const label of form.querySelectorAll('label[for], legend')) {
      const text = label.textContent?.trim() ?? '';
      const control =
        label instanceof HTMLLabelElement
          ? document.getElementById(label.htmlFor)
          : label.parentElement?.querySelector('input, select, textarea');
      if (!(control instanceof HTMLInputElement || control instanceof HTMLSelectElement || control instanceof HTMLTextAreaElement))
        continue;
      if (control.type === 'checkbox' || (label instanceof HTMLLabelElement && control.type === 'radio')) continue; // options, not questions
      marks[text.replace(/ \(optional\)$/, '')] = { optional: text.endsWith('(optional)'), required: control.required };
    }
    return marks;
  });
}

test('the plain form says and marks which answers are needed as the full form does', async ({ browser }) => {
  const full = await browser.newPage();
  await openTicket(full);
  await showDetailsNow(full);
  const plainContext = await browser.newContext({ javaScriptEnabled: false });
  const plain = await plainContext.newPage();
  const note = 'Every question needs an answer unless it is marked “optional”.';
  for (const [page, path, selector] of [
    [full, '/ticket/', 'form[aria-label="Support request"]'],
    [plain, '/ticket/', '.plain-ticket form'],
    [plain, '/check/', '.plain-ticket form'],
  ] as const) {
    if (page === plain) await page.goto(path);
    await expect(page.locator(selector), path).toHaveAccessibleDescription(note);
  }
  const fullMarks = await questionMarks(full, 'form[aria-label="Support request"]');
  const plainMarks = await questionMarks(plain, '.plain-ticket form');
  const shared = Object.keys(plainMarks).filter((label) => label in fullMarks);
  expect(shared.length, 'questions asked by both forms').toBeGreaterThan(12);
  for (const label of shared) {
    // Steps are needed for severities 1-3 only: the full form follows the severity chosen, the plain form's hint says it.
    if (label === FIELD_WORDS.steps.label) continue;
    expect(plainMarks[label], label).toEqual(fullMarks[label]);
  }
  // The components are a checkbox list in the full form (its hint asks for one at least), a text field in the plain one.
  expect(plainMarks[FIELD_WORDS.components.label]).toEqual({ optional: false, required: true });
  await plainContext.close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a plain form prepares an email, every control labelled, and no dead controls', async ({ page }) => {
    await page.goto('/ticket/');
    const plain = page.locator('form[enctype="text/plain"]');
    await expect(plain).toBeVisible();
    expect(await plain.getAttribute('method')).toBe('post');
    for (const label of [
      'Your name',
      'Your email address',
      'Your support package',
      'Severity',
      'Subject',
      'What happened',
      'Steps to reproduce',
    ]) {
      await expect(field(plain, label).first()).toBeVisible();
    }
    // Only the plain form's controls exist: nothing that needs a script.
    await expect(page.locator('main button:visible')).toHaveCount(2);
  });

  test('each package has its own send button: Pro to its mailbox, Enterprise never to the Pro one', async ({ page }) => {
    await page.goto('/ticket/');
    const plain = page.locator('form[enctype="text/plain"]');
    const pro = plain.getByRole('button', { name: 'Email the Pro request' });
    const enterprise = plain.getByRole('button', { name: 'Email the Enterprise request' });
    await expect(pro).toHaveAttribute('formaction', /^mailto:support@tiledesk\.com\?subject=/);
    // No Enterprise mailbox is published: the email opens unaddressed, and the button says where to send it.
    await expect(enterprise).toHaveAttribute('formaction', /^mailto:\?subject=/);
    await expect(enterprise).toHaveAccessibleDescription(/no Enterprise mailbox.*purchase order/);
    // Enter in a field sends with the form's first submit button: it is disabled, so Enter never picks a package's mailbox.
    expect(await plain.evaluate((form) => (form.querySelector('button[type="submit"]') as HTMLButtonElement).disabled)).toBe(true);
  });

  test('the plain form asks the same questions as the full form', async ({ page }) => {
    await page.goto('/ticket/');
    const plain = page.locator('form[enctype="text/plain"]');
    for (const words of [
      FIELD_WORDS.email,
      FIELD_WORDS.package,
      FIELD_WORDS.modified,
      FIELD_WORDS.version,
      FIELD_WORDS.subject,
      FIELD_WORDS.logs,
    ]) {
      const hint = words.hint ?? '';
      expect(hint).not.toBe('');
      await expect(field(plain, words.label)).toHaveAccessibleDescription(new RegExp(hint.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    }
  });
});

test('the no-JavaScript form is axe-clean', async ({ page }) => {
  // axe needs JavaScript to run, so show the page as a browser without it would: the island's
  // mount point removed and the <noscript> content rendered.
  await page.route('**/ticket/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/<astro-island[\s\S]*?<\/astro-island>/, '').replace(/<\/?noscript>/g, '');
    await route.fulfill({ response, body: html });
  });
  await page.goto('/ticket/');
  await expect(page.locator('form[enctype="text/plain"]')).toBeVisible();
  await expect(page.getByRole('form', { name: 'Support request' })).toHaveCount(0);
  await expectAccessible(page, 'no JavaScript');
});

test('the page ships small JavaScript, and no search index until it is needed', async ({ page }) => {
  const scripts = new Map<string, number>();
  page.on('response', async (response) => {
    const url = new URL(response.url());
    if (url.pathname.endsWith('.js')) scripts.set(url.pathname, gzipSync(await response.body(), { level: 9 }).length);
  });
  await openTicket(page, CHECKER_LINK);
  await page.waitForLoadState('networkidle');
  const sizes = Object.fromEntries(scripts);
  const total = [...scripts.values()].reduce((sum, n) => sum + n, 0);
  const island = [...scripts].filter(([path]) => !/\/react\.[\w-]+\.js$/.test(path)).reduce((sum, [, n]) => sum + n, 0);
  test.info().annotations.push({ type: 'gzipped JavaScript (bytes)', description: JSON.stringify({ total, island, sizes }) });
  expect([...scripts.keys()].some((p) => p.startsWith('/pagefind/'))).toBe(false);
  // React and its DOM renderer (react.*.js, about 68 KB; see astro.config.mjs) are shared with every React island; the rest is the form.
  // 31 KB since the form is built and hydrated (2026-12-05): reading the browser's draft after hydration took 0.2 KB, to 30.0 KB.
  expect(island, 'the ticket island without React DOM, gzipped').toBeLessThan(31_000);
  expect(total, 'all JavaScript of the page, gzipped').toBeLessThan(100_000);
});

// Every state of the page, axe-clean in light mode on a desktop and in dark mode on a phone.
const { defaultBrowserType: _, ...pixel } = devices['Pixel 7'];
for (const [view, use] of [
  ['desktop, light', { colorScheme: 'light' as const }],
  ['phone, dark', { ...pixel, colorScheme: 'dark' as const }],
] as const) {
  test.describe(`axe in every state (${view})`, () => {
    test.use(use);

    const states: [string, (page: Page) => Promise<void>][] = [
      ['empty', async (page) => openTicket(page)],
      [
        'pre-filled and covered',
        async (page) => {
          await openTicket(page, `${CHECKER_LINK}&start=${answers().start}`);
          await expect(coverageAnswer(page)).toHaveAttribute('data-verdict', 'covered');
        },
      ],
      [
        'errors shown',
        async (page) => {
          await openTicket(page);
          await showDetailsNow(page);
          await page.getByRole('button', { name: 'Review the request' }).click();
          await expect(page.locator('.error-summary')).toBeFocused();
        },
      ],
      [
        'not covered, confirmation missing',
        async (page) => {
          await openTicket(page, '?package=pro&topic=code-modification&modified=yes');
          await page.getByRole('button', { name: 'Review the request' }).click();
          await expect(page.locator('.verdict-warning .field-error')).toBeVisible();
        },
      ],
      [
        'no package',
        async (page) => {
          await openTicket(page, '?package=none&topic=bug-fix&modified=no');
          await expect(page.locator('.notice').filter({ hasText: 'does not answer' })).toBeVisible();
        },
      ],
      [
        'link notices',
        async (page) => {
          await openTicket(page, '?package=gold&topic=%3Cb%3Ex%3C%2Fb%3E&foo=bar');
          await expect(page.locator('.link-notices li')).toHaveCount(3);
        },
      ],
      [
        'suggestions shown',
        async (page) => {
          await openTicket(page);
          await showDetailsNow(page);
          await field(page, 'Subject').fill('RabbitMQ container killed');
          await expect(page.locator('.kb-suggestions a').first()).toBeVisible();
        },
      ],
      [
        'ready, text cut for the email link',
        async (page) => {
          await openTicket(page);
          await fillForm(page, answers({ logs: 'x '.repeat(900) }));
          await review(page);
          await expect(page.locator('#ticket-mailto-cut')).toBeVisible();
        },
      ],
      [
        'secret in the logs',
        async (page) => {
          await openTicket(page);
          await showDetailsNow(page);
          await field(page, 'Logs').fill('LICENSE_KEY=abc123');
          await expect(page.locator('#ticket-logs-warning')).toBeVisible();
        },
      ],
      [
        'severity targets open (Enterprise)',
        async (page) => {
          await openTicket(page, '?package=enterprise&topic=bug-fix&modified=no');
          await page.getByText('Where the response targets come from').click();
          await expect(page.getByText('names the “Enterprise Plan”')).toBeVisible();
        },
      ],
      [
        'start over asked',
        async (page) => {
          await openTicket(page);
          await page.getByRole('button', { name: 'Start over' }).click();
          await expect(page.getByRole('button', { name: 'Delete the draft' })).toBeFocused();
        },
      ],
    ];
    for (const [state, reach] of states) {
      test(state, async ({ page }) => {
        await reach(page);
        await expectAccessible(page, state);
      });
    }
  });
}
