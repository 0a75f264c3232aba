/** /compare/ and /packages/ for prospects: the finder over recommend(), response targets, "Talk to sales". */
import { expect, test } from '@playwright/test';
import { axeViolations } from '../helpers/accessibility';
import { wordsSplitAcrossLines } from '../helpers/tables';

const heading = (page: import('@playwright/test').Page) => page.locator('[data-result]').getByRole('heading', { level: 3 });

test('the finder starts empty, and the recommendation follows size, criticality and services', async ({ page }) => {
  await page.goto('/compare/');
  const result = page.locator('[data-result]');
  await expect(result).toHaveText('Answer any question above and the package that fits appears here.');
  await expect(heading(page)).toHaveCount(0);

  await page.getByLabel('Agents', { exact: true }).fill('12');
  await expect(heading(page)).toHaveText('Enterprise fits best');
  await expect(result).toContainText('larger than the size Pro is recommended for');
  await expect(result.getByRole('link', { name: 'T9' })).toHaveAttribute('href', '/terms/#t9');

  await page.getByLabel('Agents', { exact: true }).fill('3');
  await expect(heading(page)).toHaveText('Pro fits best');
  await page.getByLabel('An annual health check').check();
  await expect(result).toContainText('Only Enterprise covers an annual health check.');

  await page.getByLabel('An annual health check').uncheck();
  await page.getByLabel('Upgrading the platform').check();
  await expect(heading(page)).toHaveText('Pro fits best');
  await expect(result).toContainText('Not covered by Pro, or not stated in its terms');

  expect(await axeViolations(page)).toEqual([]);
});

test('impossible sizes are refused with a message, and no recommendation rests on them', async ({ page }) => {
  await page.goto('/compare/');
  const agents = page.getByLabel('Agents', { exact: true });
  for (const value of ['-3', '1.5', '2000000']) {
    await agents.fill(value);
    await expect(agents).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#finder-agents-error')).toHaveText('Enter a whole number from 0 to 100,000, or leave it empty.');
    await expect(page.locator('[data-result]')).toHaveText('Correct the number of agents to see a recommendation.');
    await expect(page).not.toHaveURL(/agents=/);
  }
  await agents.fill('4');
  await expect(agents).not.toHaveAttribute('aria-invalid');
  await expect(page.locator('#finder-agents-error')).toBeEmpty();
  await expect(heading(page)).toHaveText('Pro fits best');
});

test('the answers live in the query string: a reload or a shared link shows the same recommendation', async ({ page }) => {
  await page.goto('/compare/');
  await page.getByLabel('Agents', { exact: true }).fill('25');
  await page.getByLabel('Bots', { exact: true }).fill('8');
  await page.getByLabel('Yes, it is mission critical').check();
  await page.getByLabel('An annual health check').check();
  await expect(page).toHaveURL(/\?agents=25&bots=8&critical=yes&services=health-check$/);
  await page.reload();
  await expect(page.getByLabel('Agents', { exact: true })).toHaveValue('25');
  await expect(page.getByLabel('Yes, it is mission critical')).toBeChecked();
  await expect(page.getByLabel('An annual health check')).toBeChecked();
  await expect(heading(page)).toHaveText('Enterprise fits best');
  await expect(page.getByRole('link', { name: 'Link to this recommendation' })).toHaveAttribute(
    'href',
    /agents=25&bots=8&critical=yes&services=health-check/,
  );
});

test('"Talk to sales" opens an email to sales, pre-filled with what the finder knows', async ({ page }) => {
  await page.goto('/compare/?agents=25&bots=8&critical=yes&services=health-check,bug-fix');
  const sales = page.locator('[data-result]').getByRole('link', { name: 'Talk to sales' });
  const href = decodeURIComponent((await sales.getAttribute('href'))!);
  expect(href).toMatch(/^mailto:info@tiledesk\.com\?subject=Support package enquiry: Enterprise&body=/);
  for (const line of [
    '- Agents: 25',
    '- Bots: 8',
    '- Mission critical: yes',
    'An annual health check',
    'Fixing a bug in the platform',
    'services=health-check',
  ]) {
    expect(href).toContain(line);
  }
});

test('every "Talk to sales" on /compare/ carries the finder\'s answers once it recommends a package', async ({ page }) => {
  await page.goto('/compare/');
  const links = page.getByRole('link', { name: 'Talk to sales' });
  // Before any answer, the one below the packages is a plain enquiry.
  await expect(links).toHaveCount(1);
  await expect(links).toHaveAttribute('href', 'mailto:info@tiledesk.com?subject=Support%20package%20enquiry');

  await page.goto('/compare/?agents=25&bots=8&critical=yes&services=health-check,bug-fix');
  await expect(heading(page)).toHaveText('Enterprise fits best');
  await expect(links).toHaveCount(2);
  const finderHref = await page.locator('[data-result]').getByRole('link', { name: 'Talk to sales' }).getAttribute('href');
  for (const link of await links.all()) {
    const href = decodeURIComponent((await link.getAttribute('href'))!);
    expect(href).toMatch(/^mailto:info@tiledesk\.com\?subject=Support package enquiry: Enterprise&body=/);
    for (const line of ['- Agents: 25', '- Bots: 8', '- Mission critical: yes', 'An annual health check', 'services=health-check']) {
      expect(href).toContain(line);
    }
    expect(await link.getAttribute('href')).toBe(finderHref);
  }

  // The answers follow the form; a size the finder refuses leaves no recommendation, and the plain enquiry.
  await page.getByLabel('Agents', { exact: true }).fill('3');
  await page.getByLabel('Bots', { exact: true }).fill('1');
  await page.getByLabel('No', { exact: true }).check();
  await page.getByLabel('An annual health check').uncheck();
  await expect(heading(page)).toHaveText('Pro fits best');
  await expect(page.locator('.talk-to-sales a')).toHaveAttribute(
    'href',
    /subject=Support%20package%20enquiry%3A%20Pro&body=.*Agents%3A%203/,
  );
  await page.getByLabel('Agents', { exact: true }).fill('-3');
  await expect(page.locator('.talk-to-sales a')).toHaveAttribute('href', 'mailto:info@tiledesk.com?subject=Support%20package%20enquiry');
});

test('a shared link with values the form does not offer is read safely', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/compare/?agents=%3Cb%3E&critical=maybe&services=__proto__,health-check');
  await expect(page.getByLabel('Yes, it is mission critical')).not.toBeChecked();
  await expect(page.getByLabel('An annual health check')).toBeChecked();
  await expect(heading(page)).toHaveText('Enterprise fits best');
  await expect(page.locator('[data-result] b')).toHaveCount(0);
  await expect(page.locator('package-finder b')).toHaveCount(0);
  await expect(page.locator('.finder-notices li').first()).toHaveText(
    'agents="<b>" was ignored: expected a whole number from 0 to 100,000.',
  );
  expect(errors).toEqual([]);
});

test('the finder is keyboard-usable', async ({ page }) => {
  await page.goto('/compare/');
  await page.getByLabel('Agents', { exact: true }).focus();
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  await page.keyboard.type('9');
  await expect(heading(page)).toHaveText('Enterprise fits best');
});

test("/compare/ shows each package's channel, audience and response targets per severity, in balanced columns", async ({ page }) => {
  await page.goto('/compare/');
  const targets = page.locator('table.targets');
  await expect(targets.locator('tbody tr')).toHaveCount(4);
  await expect(targets.locator('tbody tr').first()).toContainText('First response 2 business hours; updates every business hour');
  await expect(targets.locator('tbody tr').first()).toContainText('No published target');
  await expect(page.locator('.cards .card').first()).toContainText('Who it is for');
  await expect(page.locator('.talk-to-sales a')).toHaveAttribute('href', /^mailto:info@tiledesk\.com\?subject=/);
  const widths = await page
    .locator('.matrix thead th')
    .evaluateAll((ths) => ths.slice(1).map((th) => Math.round(th.getBoundingClientRect().width)));
  expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(2);
});

test('/packages/ leads to the finder, and package pages show targets, the terms edition and "Talk to sales"', async ({ page }) => {
  await page.goto('/packages/');
  await page.getByRole('link', { name: 'Answer a few questions and get a recommendation' }).click();
  await expect(page).toHaveURL(/\/compare\/#finder$/);
  await expect(page.locator('package-finder')).toBeVisible();

  await page.goto('/packages/enterprise/');
  await expect(page.locator('#response-targets + .response-targets table tbody tr')).toHaveCount(4);
  await expect(page.locator('.response-targets .sources a').first()).toHaveAttribute('href', /^https:\/\//);
  await expect(page.locator('.terms-edition').first()).toHaveText('Support terms version 1, effective 6 April 2021.');
  await expect(page.getByRole('link', { name: 'Talk to sales' })).toHaveAttribute(
    'href',
    /subject=Support%20package%20enquiry%3A%20Enterprise/,
  );

  await page.goto('/packages/pro/');
  await expect(page.locator('.response-targets table')).toHaveCount(0);
  await expect(page.locator('.response-targets')).toContainText('The published response targets are not part of Pro.');
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  /** Every cell of the table lies within the screen's width, and the table needs no sideways scrolling. */
  async function expectWithinScreen(table: import('@playwright/test').Locator) {
    const outside = await table.locator('th, td').evaluateAll((cells) =>
      cells
        .filter((c) => c.closest('thead') === null)
        .filter((c) => {
          const r = c.getBoundingClientRect();
          return r.left < 0 || r.right > window.innerWidth;
        })
        .map((c) => c.textContent),
    );
    expect(outside, 'cells reaching past the screen').toEqual([]);
    expect(await table.evaluate((t) => t.parentElement!.scrollWidth - t.parentElement!.clientWidth)).toBeLessThanOrEqual(0);
  }

  test('/compare/: each severity is a card naming every package, nothing cut off, no label split mid-word', async ({ page }) => {
    await page.goto('/compare/');
    const targets = page.locator('table.targets');
    await expectWithinScreen(targets);
    expect(await wordsSplitAcrossLines(targets)).toEqual([]);
    const first = targets.locator('tbody tr').first();
    await expect(first.locator('th')).toHaveText('1: Production System Down');
    await expect(first.locator('td').nth(1)).toHaveText('Enterprise: First response 2 business hours; updates every business hour', {
      useInnerText: true,
    });
    await expect(first.locator('td').first()).toHaveText('Pro: No published target', { useInnerText: true });
    expect(await axeViolations(page)).toEqual([]);
  });

  test('/packages/: the counts at a glance are on the screen, each with its name', async ({ page }) => {
    await page.goto('/packages/');
    const glance = page.getByRole('region', { name: 'The packages side by side' }).locator('table');
    await expectWithinScreen(glance);
    expect(await wordsSplitAcrossLines(glance)).toEqual([]);
    const pro = glance.locator('tbody tr').first();
    for (const [i, name] of ['Covered', 'Not covered', 'Not stated'].entries()) {
      const cell = pro.locator('td').nth(2 + i);
      await cell.scrollIntoViewIfNeeded();
      await expect(cell).toBeInViewport({ ratio: 1 });
      expect(await cell.innerText()).toMatch(new RegExp(`^${name}: \\d+$`));
    }
    expect(await axeViolations(page)).toEqual([]);
  });

  test('/packages/enterprise/: the response targets fit the screen, each time named', async ({ page }) => {
    await page.goto('/packages/enterprise/');
    const targets = page.locator('.response-targets table');
    await expectWithinScreen(targets);
    expect(await wordsSplitAcrossLines(targets)).toEqual([]);
    await expect(targets.locator('tbody tr').first().locator('td').first()).toHaveText('First response: 2 business hours', {
      useInnerText: true,
    });
  });
});

test('/terms/ shows its edition and lists the terms in natural order', async ({ page }) => {
  await page.goto('/terms/');
  await expect(page.locator('.terms-edition')).toHaveText('Support terms version 1, effective 6 April 2021.');
  const ids = await page.locator('.terms-list dt').allTextContents();
  expect(ids.slice(0, 12)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T11.1']);
  expect(ids.at(-1)).toBe('T16');
});

test('without JavaScript the finder stays hidden and the table remains', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/compare/');
  await expect(page.locator('package-finder')).toBeHidden();
  await expect(page.locator('.matrix')).toBeVisible();
  await context.close();
});
