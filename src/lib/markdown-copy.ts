/**
 * The Markdown copies of docs and articles (README, "Machine-readable"): the
 * text as the author wrote it, for tools and language models, without the
 * frontmatter or MDX plumbing, with links made absolute so the text works
 * wherever it is pasted. Read from the source file, not from the content
 * store, which does not keep articles' Markdown (see content.config.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BASE_PATH, siteUrl } from './site-url';

export interface CopySource {
  title: string;
  description: string;
  /** The page's absolute URL. */
  url: string;
  /** The source file, relative to the project root (an entry's filePath). */
  filePath: string;
  updated?: string | undefined;
}

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;
const MDX_IMPORT = /^import\s.+?from\s+['"][^'"]+['"];?\s*$/gm;
/** An MDX component alone on its line, e.g. <TopicCoverage topic="platform-upgrade" />. */
const MDX_COMPONENT = /^<([A-Z]\w*)\b[^>]*\/>\s*$/gm;

/** The body of a Markdown or MDX source, ready to publish as Markdown. */
export function markdownBody(source: string, pageUrl: string, site: URL): string {
  return (
    source
      .replace(FRONTMATTER, '')
      .replace(MDX_IMPORT, '')
      .replace(
        MDX_COMPONENT,
        () =>
          `_A table generated from the coverage data is shown here on the web page (${pageUrl}); the same data: ${siteUrl('/coverage.json', site)}._`,
      )
      // Site-relative links and images become absolute, under the base path: [text](/kb/x/) → [text](https://…/kb/x/).
      .replace(/(\]\(|^\[[^\]]+\]:\s*)\/(?!\/)/gm, `$1${site.origin}${BASE_PATH}`)
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

/** A whole page as Markdown: title, summary, source link, body. */
export function markdownCopy(page: CopySource, site: URL): string {
  const body = markdownBody(readFileSync(resolve(page.filePath), 'utf8'), page.url, site);
  const facts = [`Source: ${page.url}`, ...(page.updated ? [`Updated: ${page.updated}`] : [])];
  return `# ${page.title}\n\n> ${page.description}\n\n${facts.join('  \n')}\n\n${body}\n`;
}

/** The site path of a page's Markdown copy: /kb/x/ → /kb/x.md (a link needs withBase()). */
export const markdownHref = (pagePath: string) => `${pagePath.replace(/\/$/, '')}.md`;

/** The response of a Markdown-copy route (/docs/<id>.md, /kb/<id>.md) for one entry. */
export function markdownCopyResponse(
  entry: { filePath?: string | undefined; data: { title: string; description: string; updated?: string | undefined } },
  pagePath: string,
  site: URL,
): Response {
  const text = markdownCopy({ ...entry.data, url: siteUrl(pagePath, site), filePath: entry.filePath ?? '' }, site);
  return new Response(text, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
}
