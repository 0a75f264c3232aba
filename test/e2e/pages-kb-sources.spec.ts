/**
 * Knowledge-base articles list the threads they draw on (frontmatter `sources`)
 * in a "Sources" footnote: every source with an address must be a link to
 * exactly that address, with its label as the link text.
 */
import { expect, test } from '@playwright/test';
import yaml from 'js-yaml';
import { readdirSync, readFileSync } from 'node:fs';

interface Source {
  label: string;
  url: string;
}

/** Each article's id and `sources`, read from its frontmatter as written. */
function articlesWithSources(): { id: string; sources: Source[] }[] {
  const dir = 'content/kb';
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .flatMap((name) => {
      const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(`${dir}/${name}`, 'utf8'))?.[1] ?? '';
      const sources = ((yaml.load(frontmatter) as { sources?: Source[] }).sources ?? []).filter((s) => s.url);
      return sources.length > 0 ? [{ id: name.replace(/\.md$/, ''), sources }] : [];
    });
}

const articles = articlesWithSources();

test('the knowledge base cites its sources (this spec is not vacuous)', () => {
  expect(articles.length).toBeGreaterThan(5);
});

for (const { id, sources } of articles) {
  test(`/kb/${id}/ links every source`, async ({ page }) => {
    await page.goto(`/kb/${id}/`);
    const footnote = page.getByRole('region', { name: 'Sources' });
    await expect(footnote.getByRole('link')).toHaveCount(sources.length);
    for (const source of sources) {
      await expect(footnote.getByRole('link', { name: source.label, exact: true })).toHaveAttribute('href', source.url);
    }
  });
}
