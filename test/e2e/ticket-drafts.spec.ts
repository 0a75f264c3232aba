/**
 * /ticket/ on the default build (email channel): two tabs editing one draft,
 * where an Enterprise request goes by email, and what a hostile link's
 * notices may show.
 */
import { expect, test } from '@playwright/test';
import {
  DRAFT_STORAGE_KEY,
  answers,
  expectAccessible,
  field,
  fillForm,
  openTicket,
  review,
  showDetailsNow,
  storedDraft,
} from './ticket-helpers';

// Two pages and axe per test: slow on a busy 2-core machine.
test.describe.configure({ timeout: 90_000 });

test('two tabs: neither silently overwrites the newer draft of the other; the customer chooses', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await openTicket(first);
  await openTicket(second);

  await showDetailsNow(first);
  await field(first, 'Subject').fill('Typed in the first tab');
  const notice = second.getByRole('group', { name: /Another tab saved a newer draft/ });
  await expect(notice).toBeVisible();
  await expect(notice).toBeFocused();
  await expectAccessible(second, 'another tab saved a newer draft');

  // Typing on in the second tab does not overwrite the first tab's draft while the question is open.
  await second.getByRole('button', { name: 'Show the rest of the form' }).click();
  await field(second, 'What happened').fill('Typed in the second tab');
  expect((await storedDraft(second))?.fields['subject']).toBe('Typed in the first tab');
  expect((await storedDraft(second))?.fields['description']).toBe('');

  await notice.getByRole('button', { name: 'Load the newer draft' }).click();
  await expect(field(second, 'Subject')).toHaveValue('Typed in the first tab');
  await expect(notice).toHaveCount(0);
  const firstKey = await first.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').key, DRAFT_STORAGE_KEY);

  // Now the second tab edits; the first is asked, and keeps its own version.
  await field(second, 'Subject').fill('Changed in the second tab');
  const back = first.getByRole('group', { name: /Another tab saved a newer draft/ });
  await expect(back).toBeVisible();
  await back.getByRole('button', { name: 'Keep mine' }).click();
  await expect(back).toHaveCount(0);
  await expect.poll(async () => (await storedDraft(first))?.fields['subject']).toBe('Typed in the first tab');
  expect(await first.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').key, DRAFT_STORAGE_KEY), 'one draft, one key').toBe(
    firstKey,
  );
  // …and the second tab, overwritten by that explicit choice, is asked in turn.
  await expect(second.getByRole('group', { name: /Another tab saved a newer draft/ })).toBeVisible();
});

test('a draft deleted in another tab (sent or started over) is not brought back silently', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await openTicket(first);
  await showDetailsNow(first);
  await field(first, 'Subject').fill('Soon deleted');
  await openTicket(second);
  await expect(field(second, 'Subject')).toHaveValue('Soon deleted');

  await first.getByRole('button', { name: 'Start over' }).click();
  await first.getByRole('button', { name: 'Delete the draft' }).click();
  const notice = second.getByRole('group', { name: /Another tab sent or deleted this draft/ });
  await expect(notice).toBeVisible();
  await field(second, 'Subject').fill('Soon deleted, edited');
  expect(await storedDraft(second), 'still deleted while the question is open').toBeNull();
  await notice.getByRole('button', { name: 'Empty this form' }).click();
  await expect(field(second, 'Subject')).toHaveValue('');
});

test('a save by another tab while this one restores its draft is not overwritten: the customer is asked', async ({ page }) => {
  await openTicket(page);
  await showDetailsNow(page);
  await field(page, 'Subject').fill('Typed in this tab');
  await expect.poll(async () => (await storedDraft(page))?.fields['subject']).toBe('Typed in this tab');

  // Right after the form reads the saved draft as it starts, "another tab" saves a newer one. Written by
  // the page itself it fires no storage event here, as an event that reached the form being replaced would not.
  await page.addInitScript((key) => {
    const getItem = Storage.prototype.getItem;
    let saved = false;
    Storage.prototype.getItem = function (this: Storage, name: string) {
      const value = getItem.call(this, name);
      // The page's inline script reads the draft while the document is parsed; the form reads it after.
      if (name === key && value && !saved && document.readyState !== 'loading') {
        saved = true;
        const newer = JSON.parse(value) as { savedAt: string; fields: Record<string, unknown> };
        newer.fields['subject'] = 'Saved by another tab meanwhile';
        newer.savedAt = new Date().toISOString();
        queueMicrotask(() => this.setItem(name, JSON.stringify(newer)));
      }
      return value;
    };
  }, DRAFT_STORAGE_KEY);
  await page.reload();

  const notice = page.getByRole('group', { name: /Another tab saved a newer draft/ });
  await expect(notice).toBeVisible();
  await expect(field(page, 'Subject')).toHaveValue('Typed in this tab');
  expect((await storedDraft(page))?.fields['subject'], 'the newer draft is still there').toBe('Saved by another tab meanwhile');
  await notice.getByRole('button', { name: 'Keep mine' }).click();
  await expect.poll(async () => (await storedDraft(page))?.fields['subject']).toBe('Typed in this tab');
  await expect(notice).toHaveCount(0);
});

test('reloading your own draft says it was restored, not that its details came from a link', async ({ page }) => {
  await openTicket(page, '?package=pro&topic=install-help&modified=no');
  await field(page, 'Subject').fill('Typed before the reload');
  await expect(page).toHaveURL(/\?package=pro&topic=install-help&modified=no$/);
  await expect.poll(async () => (await storedDraft(page))?.fields['subject']).toBe('Typed before the reload');
  await page.reload();
  const note = page.locator('.draft-note');
  await expect(note).toContainText('was restored from this browser.');
  await expect(note).not.toContainText('link');
  await expect(field(page, 'Subject')).toHaveValue('Typed before the reload');
  // A different checker link is another matter: its answers win, and the form says so.
  await page.goto('/ticket/?package=enterprise&topic=install-help&modified=no');
  await expect(note).toContainText('The package and request details come from the link you followed.');
});

test('Enterprise by email never goes to the Pro mailbox; the form says where it goes', async ({ page }) => {
  await openTicket(page);
  await fillForm(page, answers({ package: 'enterprise' }));
  await expect(page.locator('.how-sent')).toContainText('This portal publishes no Enterprise mailbox');
  await review(page);
  await expect(page.getByText('This portal publishes no email address for Enterprise requests.')).toBeVisible();
  const href = (await page.getByRole('link', { name: 'Open in your email program' }).getAttribute('href')) ?? '';
  expect(href).toMatch(/^mailto:\?subject=/);
  expect(href).not.toContain('support@tiledesk.com');
  await expectAccessible(page, 'Enterprise by email, no mailbox');
});

test('link notices: a few listed, then "and N more"; a right-to-left override cannot reverse the text after it', async ({ page }) => {
  const extra = Array.from({ length: 8 }, (_, i) => `x${i}=1`).join('&');
  await openTicket(page, `?topic=${encodeURIComponent('abc\u202Eevil')}&${extra}`);
  const items = page.locator('.link-notices li');
  await expect(items).toHaveCount(4);
  await expect(items.first()).toHaveText('topic="abc[U+202E]evil" was ignored: it is not one of the topics listed in the form.');
  await expect(items.last()).toHaveText('and 6 more values were ignored.');
  expect(await page.locator('.link-notices').textContent()).not.toMatch(/[\u202A-\u202E]/);
});

test('required answers are said up front; a start date the verdict needs is not labelled optional', async ({ page }) => {
  await openTicket(page, '?package=pro&topic=bug-fix&modified=no');
  await expect(page.getByRole('form', { name: 'Support request' })).toHaveAccessibleDescription(
    'Every question needs an answer unless it is marked “optional”.',
  );
  // Pro bug fixes depend on the 30-day window from the start date (T11.4).
  await expect(page.getByLabel('Start date of your support package', { exact: true })).toBeVisible();
  await showDetailsNow(page);
  await expect(page.getByText('Needed for severities 1 to 3; optional for severity 4')).toBeVisible();
  // Enterprise bug fixes have no window: the date is optional there.
  await page.getByLabel('Your support package', { exact: true }).selectOption('enterprise');
  await expect(page.getByLabel('Start date of your support package (optional)', { exact: true })).toBeVisible();
});
