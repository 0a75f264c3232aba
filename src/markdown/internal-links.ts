/**
 * Links inside the portal must lead somewhere: every link, image or raw
 * href/src in a content file that stays on the site is resolved against the
 * built site, and must name a page or file that exists and, with a #fragment,
 * an element with that id on the target page (as Docusaurus and VitePress check).
 */
import { positionOf, type MdNode } from './tree';
import type { Finding } from './unsafe-content';

/** A broken link, with the site path it leads to. */
export interface LinkFinding extends Finding {
  target: string;
}

export interface PageIds {
  all: ReadonlySet<string>;
  headings: readonly string[];
}

export interface ContentLink {
  url: string;
  line?: number | undefined;
  column?: number | undefined;
}

/** What the check needs to know about the built site. */
export interface BuiltSite {
  /** Whether the path (no query or fragment, decoded) is a file in the site. */
  hasFile(path: string): boolean;
  /** The element ids of the HTML page at `path` (a file path, e.g. /kb/x/index.html), and which of them are headings'. */
  idsOf(path: string): PageIds;
}

/** A string attribute value of raw HTML or JSX that holds a URL. */
const URL_ATTRIBUTE = /\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi;

/** Every link-like URL among a content file's nodes (see contentNodes()), with its position. */
export function collectLinks(nodes: MdNode[]): ContentLink[] {
  const links: ContentLink[] = [];
  for (const node of nodes) {
    const at = positionOf(node);
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url) {
      links.push({ url: node.url, ...at });
    } else if (node.type === 'html' && node.value) {
      for (const match of node.value.matchAll(URL_ATTRIBUTE)) links.push({ url: match[1] ?? match[2] ?? match[3] ?? '', ...at });
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && /^[a-z]/.test(node.name ?? '')) {
      for (const attribute of node.attributes ?? []) {
        if ((attribute.name === 'href' || attribute.name === 'src') && typeof attribute.value === 'string') {
          links.push({ url: attribute.value, ...at });
        }
      }
    }
  }
  return links;
}

/** True for links that leave the site: any scheme (https:, mailto:, …) or a protocol-relative //host. */
const isExternal = (url: string) => /^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//');

const ORIGIN = 'https://portal.invalid';

type Target = { kind: 'page'; html: string } | { kind: 'file' } | { kind: 'no-slash' } | { kind: 'missing' };

/** What a site path names: an HTML page (and its file), another file, a page written without its "/", or nothing. */
function resolveTarget(path: string, site: BuiltSite): Target {
  if (path.endsWith('/')) return site.hasFile(`${path}index.html`) ? { kind: 'page', html: `${path}index.html` } : { kind: 'missing' };
  if (site.hasFile(path)) return path.endsWith('.html') ? { kind: 'page', html: path } : { kind: 'file' };
  return site.hasFile(`${path}/index.html`) ? { kind: 'no-slash' } : { kind: 'missing' };
}

/**
 * Problems with the internal links of one page. `pagePath` is the URL path of
 * the page the content renders on (e.g. /kb/first/): relative links and bare
 * #fragments resolve against it, as the browser would.
 */
export function checkInternalLinks(links: ContentLink[], pagePath: string, site: BuiltSite): LinkFinding[] {
  const findings: LinkFinding[] = [];
  for (const link of links) {
    if (!link.url || isExternal(link.url)) continue;
    const url = new URL(link.url, ORIGIN + pagePath);
    if (url.origin !== ORIGIN) continue;
    const path = decodeURIComponent(url.pathname);
    const fragment = decodeURIComponent(url.hash.slice(1));
    const written = JSON.stringify(link.url);
    const target = resolveTarget(path, site);
    let message: string | undefined;
    if (target.kind === 'missing') {
      message = `the link ${written} leads to ${path}, which is not a page of the portal; ${fixFor(path)}`;
    } else if (target.kind === 'no-slash') {
      message = `the link ${written} leaves out the final "/"; write ${path}/${url.hash} (every page address ends with "/")`;
    } else if (target.kind === 'page' && fragment && !site.idsOf(target.html).all.has(fragment)) {
      message = missingAnchor(written, path, fragment, site.idsOf(target.html));
    }
    if (message) findings.push({ line: link.line, column: link.column, message, target: path });
  }
  return findings;
}

function fixFor(path: string): string {
  const file = /^(.*?)([^/]+)\.mdx?$/.exec(path);
  if (file) return `link to the page, not the file: ${file[1]}${file[2]}/`;
  return 'check the spelling, or link to an existing page such as /kb/<article file name>/ or /docs/<guide file name>/';
}

function missingAnchor(written: string, path: string, fragment: string, ids: PageIds): string {
  const headings = ids.headings.slice(0, 8).map((id) => `#${id}`);
  return `the link ${written} points at #${fragment}, which is not on ${path}; a heading's anchor is its text in lower case with dashes (## Reset the password → #reset-the-password)${
    headings.length ? `; headings on that page: ${headings.join(', ')}${ids.headings.length > 8 ? ', …' : ''}` : ''
  }`;
}
