/**
 * /coverage.json, the package pages and /compare/ state the same matrix:
 * every rule's verdict and terms appear identically in all three.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { load } from 'js-yaml';

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

/** Every built page's text as a visitor reads it: inline tags removed, block boundaries marked. */
function builtPages(): { file: string; text: string }[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
    );
  return walk('dist').map((file) => ({
    file,
    text: readFileSync(file, 'utf8')
      .replace(/<script[\s\S]*?<\/script>/g, ' ')
      // A block boundary ends a sentence (a caption and the header cell after it are not one phrase).
      .replace(/<\/?(p|li|td|th|caption|h[1-6]|div|dt|dd|tr|table|section|nav|header|footer|ul|ol|dl)\b[^>]*>/g, ' ¶ ')
      .replace(/<[^>]+>/g, '')
      .replace(/&#39;|&#x27;/g, "'")
      .replace(/\s+/g, ' '),
  }));
}

test("no editor's note, doubled word or doubled citation reaches a built page", () => {
  const severities = load(readFileSync('content/support/severities.yaml', 'utf8')) as { severities: { levels: { editorNote?: string }[] } };
  const notes = severities.severities.levels.flatMap((l) => (l.editorNote ? [l.editorNote.replace(/\s+/g, ' ').trim()] : []));
  expect(notes.length).toBeGreaterThan(0);
  const forbidden: [string, RegExp][] = [
    ...notes.map((note): [string, RegExp] => [
      `editorNote "${note.slice(0, 40)}…"`,
      new RegExp(note.slice(0, 40).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    ]),
    ['a note about what could not be found', /could not (be )?retriev/i],
    ['a note about versions of the vendor page', /one version of the vendor/i],
    ['"package package"', /\bpackage package\b/i],
    ['a name said twice ("Pro: Pro is…")', /\b([A-Z][a-z]+): \1\b/],
    ['a term cited twice in a row', /\((T[\d.]+)\)\.? ?\(\1\)/],
  ];
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(50);
  const found = pages.flatMap(({ file, text }) =>
    forbidden.filter(([, pattern]) => pattern.test(text)).map(([what]) => `${file}: ${what}`),
  );
  expect(found).toEqual([]);
});
