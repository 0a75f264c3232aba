/**
 * /llms.txt and /llms-full.txt (https://llmstxt.org): what the portal is and
 * where its parts are, for language models and other tools; the full file
 * holds the docs, the articles and the support terms as Markdown.
 */
import type { Content } from './content';
import { buildDocsNav } from './docs-nav';
import { markdownCopy, markdownHref } from './markdown-copy';
import { siteUrl } from './site-url';
import { termHref } from './terms';

const abs = (path: string, site: URL) => siteUrl(path, site);
const item = (title: string, href: string, note?: string) => `- [${title}](${href})${note ? `: ${note}` : ''}`;

/** Docs in sidebar order, then articles by category: the order a reader would take them. */
function pagesInOrder(content: Content) {
  const nav = buildDocsNav(
    content.site.docs.sections,
    content.docs.map((d) => ({ id: d.id, ...d.data })),
  );
  const docById = new Map(content.docs.map((d) => [d.id, d]));
  const docs = nav.flatMap((section) => section.pages.map((page) => docById.get(page.id)!));
  const order = new Map(content.site.kb.categories.map((c, i) => [c.id, i]));
  const kb = [...content.kb].sort(
    (a, b) => (order.get(a.data.category) ?? 0) - (order.get(b.data.category) ?? 0) || a.data.title.localeCompare(b.data.title),
  );
  return { docs, kb };
}

export function llmsIndex(content: Content, site: URL): string {
  const { docs, kb } = pagesInOrder(content);
  const { site: settings } = content;
  return [
    `# ${settings.portalName}`,
    '',
    `> ${settings.description}`,
    '',
    `Support for self-hosted ${settings.productName}: install and operations guides, a knowledge base, the support terms and what each support package covers. Every doc and article has a Markdown copy at its address with ".md" instead of the final "/"; ${abs('/llms-full.txt', site)} holds them all in one file.`,
    '',
    '## Docs',
    '',
    ...docs.map((d) => item(d.data.title, abs(markdownHref(`/docs/${d.id}/`), site), d.data.description)),
    '',
    '## Knowledge base',
    '',
    ...kb.map((a) => item(a.data.title, abs(markdownHref(`/kb/${a.id}/`), site), a.data.description)),
    '',
    '## Support terms and coverage',
    '',
    item('Support terms', abs('/terms/', site), 'the numbered terms every answer cites'),
    item(
      'Coverage data (JSON)',
      abs('/coverage.json', site),
      'every package × topic: verdict, conditions, cited terms; shape in the README',
    ),
    item('Support packages', abs('/packages/', site)),
    item('Coverage checker', abs('/check/', site), 'answers whether a request is covered; its state is in the query string'),
    '',
    '## Optional',
    '',
    item('Knowledge-base updates (Atom)', abs('/kb/feed.xml', site)),
    item('Sitemap', abs('/sitemap-index.xml', site)),
    '',
  ].join('\n');
}

export function llmsFull(content: Content, site: URL): string {
  const { docs, kb } = pagesInOrder(content);
  const copy = (
    entry: { id: string; filePath?: string | undefined; data: { title: string; description: string; updated?: string | undefined } },
    path: string,
  ) => markdownCopy({ ...entry.data, url: abs(path, site), filePath: entry.filePath ?? '' }, site);
  const terms = content.terms.map(
    (t) => `- **${t.id}** ([link](${new URL(termHref(t.id), site).href})): ${t.statement.replace(/\s+/g, ' ')}`,
  );
  return [
    `# ${content.site.portalName}: docs, knowledge base and support terms`,
    '',
    `> ${content.site.description}`,
    '',
    ...docs.map((d) => copy(d, `/docs/${d.id}/`)),
    ...kb.map((a) => copy(a, `/kb/${a.id}/`)),
    '# Support terms',
    '',
    `> The terms of the support packages, numbered; the portal's answers cite them. Source: ${abs('/terms/', site)}`,
    '',
    ...terms,
    '',
  ].join('\n');
}
