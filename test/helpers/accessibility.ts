/** One accessibility check for every browser spec: axe with the WCAG 2.2 AA rule sets, and no sideways scrolling. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Every level A and AA rule set up to WCAG 2.2, the portal's standard. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's violations on the page as it is now, one readable line (and up to five elements) each. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help}\n    ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join('\n    ')}`,
  );
}

/** axe-clean and no wider than the screen, in the page's current state (named in the failure). */
export async function expectAccessible(page: Page, state: string) {
  expect(await axeViolations(page), `axe violations in state "${state}"`).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `page wider than the screen in state "${state}" (px)`).toBeLessThanOrEqual(0);
}
