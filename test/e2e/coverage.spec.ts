/**
 * /coverage.json, the package pages and /compare/ state the same matrix:
 * every rule's verdict and terms appear identically in all three.
 */
import { expect, test } from '@playwright/test';

interface JsonRule {
  package: string;
  topic: string;
  verdict: string;
  terms: string[];
  url: string;
}
const LABEL: Record<string, string> = { covered: 'Covered', 'not-covered': 'Not covered', 'not-stated': 'Not stated' };

test('the package pages, /compare/ and /coverage.json agree on every rule', async ({ page, request }) => {
  const response = await request.get('/coverage.json');
  expect(response.headers()['content-type']).toContain('application/json');
  const json = (await response.json()) as { version: number; rules: JsonRule[]; packages: { id: string }[]; topics: { id: string }[] };
  expect(json.version).toBe(1);
  expect(json.rules).toHaveLength(json.packages.length * json.topics.length);

  const onPackagePages = new Map<string, { verdict: string; terms: string[] }>();
  for (const { id } of json.packages) {
    await page.goto(`/packages/${id}/`);
    const items = await page.locator('.coverage-list > li[id]').evaluateAll((lis) =>
      lis.map((li) => ({
        topic: li.id,
        verdict: li.className,
        terms: [...li.querySelectorAll(':scope > .cite a')].map((a) => a.textContent ?? ''),
      })),
    );
    for (const item of items) onPackagePages.set(`${id}/${item.topic}`, item);
  }

  await page.goto('/compare/');
  const cells = await page.locator('.matrix td').evaluateAll((tds) =>
    tds.map((td) => {
      const link = td.querySelector<HTMLAnchorElement>('a[href*="/packages/"]')!;
      const [, pkg] = new URL(link.href).pathname.split('/').filter(Boolean);
      return {
        key: `${pkg}/${new URL(link.href).hash.slice(1)}`,
        label: link.textContent,
        terms: [...td.querySelectorAll('.cite a')].map((a) => a.textContent ?? ''),
      };
    }),
  );
  const onCompare = new Map(cells.map((c) => [c.key, c]));

  for (const rule of json.rules) {
    const key = `${rule.package}/${rule.topic}`;
    expect(onPackagePages.get(key), `package page item ${key}`).toEqual({ topic: rule.topic, verdict: rule.verdict, terms: rule.terms });
    expect(onCompare.get(key), `compare cell ${key}`).toEqual({ key, label: LABEL[rule.verdict], terms: rule.terms });
    expect(new URL(rule.url).hash).toBe(`#${rule.topic}`);
  }
  expect(onPackagePages.size).toBe(json.rules.length);
  expect(onCompare.size).toBe(json.rules.length);
});
