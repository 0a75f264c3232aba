/**
 * What a Markdown or MDX body may not contain, because it would run code in
 * the reader's browser or load another page inside ours:
 * - a `javascript:`, `vbscript:` or `data:` URL in a link, an image or a link
 *   definition (or in any attribute of raw HTML or JSX);
 * - raw HTML or JSX elements that run or embed other content (UNSAFE_ELEMENTS);
 * - event-handler attributes (`onerror=`, `onClick={…}`), whatever the element.
 * Our own MDX components (capitalised names, e.g. `<TopicCoverage>`) stay allowed.
 *
 * Raw HTML is parsed with a real HTML parser (satteri's), not matched by
 * pattern, so entity-encoded or oddly cased tricks are seen as the browser sees them.
 */
import { htmlToHast } from 'satteri';
import { positionOf, type JsxAttribute, type MdNode } from './tree';

export interface Finding {
  line?: number | undefined;
  column?: number | undefined;
  /** What is wrong and how to fix it. */
  message: string;
}

/** Elements that run scripts, embed other documents or change where links go. */
export const UNSAFE_ELEMENTS = ['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base'];
const UNSAFE_SCHEMES = ['javascript:', 'vbscript:', 'data:'];

/**
 * The dangerous scheme a URL starts with, if any. Browsers ignore tabs,
 * newlines and leading spaces or control characters in a URL's scheme, so
 * those are removed before comparing.
 */
export function unsafeScheme(url: string): string | undefined {
  const normalised = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  return UNSAFE_SCHEMES.find((scheme) => normalised.startsWith(scheme));
}

const isHandler = (name: string) => /^on/i.test(name);

const schemeMessage = (what: string, scheme: string) =>
  `${what} uses a "${scheme}" URL, which the portal never publishes; link to a page (https://… or /docs/…/) or put the file in public/ and link to its path`;
const elementMessage = (tag: string) =>
  `<${tag}> is not allowed in content (it runs or embeds code); remove it, or describe it in a code block (\`\`\`html) if it is an example`;
const handlerMessage = (tag: string, attribute: string) =>
  `the ${attribute} attribute on <${tag}> would run script; remove it (content cannot carry event handlers)`;

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** Problems in one raw HTML fragment, found on its parsed elements. */
function checkRawHtml(html: string): string[] {
  const messages: string[] = [];
  const visit = (node: HastNode) => {
    if (node.type === 'element' && node.tagName) {
      const tag = node.tagName.toLowerCase();
      if (UNSAFE_ELEMENTS.includes(tag)) messages.push(elementMessage(tag));
      for (const [name, value] of Object.entries(node.properties ?? {})) {
        if (isHandler(name)) messages.push(handlerMessage(tag, name.toLowerCase()));
        for (const text of Array.isArray(value) ? value : [value]) {
          const scheme = typeof text === 'string' ? unsafeScheme(text) : undefined;
          if (scheme) messages.push(schemeMessage(`the ${name} attribute of <${tag}>`, scheme));
        }
      }
    }
    node.children?.forEach(visit);
  };
  visit(htmlToHast(html, { fragment: true }) as unknown as HastNode);
  return messages;
}

/** Problems in one MDX JSX element: unsafe lowercase (HTML) tags, handlers, URLs. */
function checkJsx(name: string, attributes: JsxAttribute[]): string[] {
  const messages: string[] = [];
  const isHtml = /^[a-z]/.test(name);
  if (isHtml && UNSAFE_ELEMENTS.includes(name)) messages.push(elementMessage(name));
  for (const attribute of attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      if (isHtml) messages.push(`a spread attribute on <${name}> cannot be checked; write each attribute out`);
      continue;
    }
    const attrName = attribute.name ?? '';
    if (isHandler(attrName)) messages.push(handlerMessage(name, attrName));
    if (typeof attribute.value === 'string') {
      const scheme = unsafeScheme(attribute.value);
      if (scheme) messages.push(schemeMessage(`the ${attrName} attribute of <${name}>`, scheme));
    }
  }
  return messages;
}

/**
 * MDX expressions and import/export lines are JavaScript, which the tree does
 * not break down; refuse the constructs that would put script or raw HTML in
 * the page. Deliberately broad: content has no need for any of them.
 */
const UNSAFE_CODE = [
  { pattern: new RegExp(`<\\s*(${UNSAFE_ELEMENTS.join('|')})\\b`, 'i'), what: 'an unsafe element' },
  { pattern: /dangerouslySetInnerHTML|set:html|innerHTML/, what: 'raw HTML injection' },
  { pattern: /\bon[a-z]+\s*=/i, what: 'an event handler' },
  { pattern: /(?:javascript|vbscript):/i, what: 'a script URL' },
];

function checkCode(code: string): string[] {
  return UNSAFE_CODE.filter(({ pattern }) => pattern.test(code)).map(
    ({ what }) =>
      `this MDX expression contains ${what}; content may only use our components (e.g. <TopicCoverage topic="…" />) and plain values`,
  );
}

/** Every unsafe construct among a content file's nodes (see contentNodes()), with its position. */
export function findUnsafeContent(nodes: MdNode[]): Finding[] {
  const findings: Finding[] = [];
  for (const node of nodes) {
    let messages: string[] = [];
    switch (node.type) {
      case 'link':
      case 'image':
      case 'definition': {
        const scheme = unsafeScheme(node.url ?? '');
        if (scheme) messages = [schemeMessage(node.type === 'image' ? 'this image' : 'this link', scheme)];
        break;
      }
      case 'html':
        messages = checkRawHtml(node.value ?? '');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        messages = checkJsx(node.name ?? '', node.attributes ?? []);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
      case 'mdxjsEsm':
        messages = checkCode(node.value ?? '');
        break;
    }
    for (const message of messages) findings.push({ ...positionOf(node), message });
  }
  return findings;
}
