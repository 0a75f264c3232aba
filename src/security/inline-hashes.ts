/**
 * The hashes of every inline <script> and <style> in the built pages, so the
 * Content-Security-Policy allows exactly those and nothing else inline. Read
 * from the finished HTML, never from a hand-kept list: whatever an island,
 * a component or another integration puts inline is covered after each build.
 */
import { createHash } from 'node:crypto';

export interface InlineHashes {
  scripts: Set<string>;
  styles: Set<string>;
}

/** A CSP hash source for a text, e.g. 'sha256-…' (quotes included). */
export const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

// The HTML parser ends a script or style element's text at the first "</script"
// or "</style", whatever follows, so these patterns match what the browser hashes.
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style/gi;
const HAS_SRC = /\ssrc\s*=/i;
/** Script types that hold data, not code: the CSP does not apply to them. */
const DATA_TYPE = /\stype\s*=\s*["']?(application\/(ld\+)?json|importmap|speculationrules)/i;

/** Adds the inline scripts and styles of one HTML page to `into`. */
export function collectInlineHashes(html: string, into: InlineHashes): InlineHashes {
  for (const [, attributes = '', text = ''] of html.matchAll(INLINE_SCRIPT)) {
    if (!HAS_SRC.test(attributes) && !DATA_TYPE.test(attributes)) into.scripts.add(cspHash(text));
  }
  for (const [, text = ''] of html.matchAll(INLINE_STYLE)) into.styles.add(cspHash(text));
  return into;
}

const ELEMENT_TEXT = /<(script|style)\b[^>]*>[\s\S]*?<\/\1/gi;
const TAG = /<[a-z][^\s/>]*((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/gi;
const ATTRIBUTE_NAME = /\s+([^\s=/>]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g;

/**
 * Attributes that CSP treats as inline script or style (on…=, style=), which
 * hashes of elements do not cover. Attribute names only: the same words inside
 * a quoted value (a description mentioning "style=") or inside a script do not count.
 */
export function inlineAttributes(html: string): string[] {
  const found: string[] = [];
  for (const [, attributes = ''] of html.replace(ELEMENT_TEXT, '<$1>').matchAll(TAG)) {
    for (const [, name = ''] of attributes.matchAll(ATTRIBUTE_NAME)) {
      if (/^(on[a-z]+|style)$/i.test(name)) found.push(name.toLowerCase());
    }
  }
  return found;
}
