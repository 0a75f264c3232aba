/**
 * Normalises what the customer typed before it goes into a payload, an email
 * or a file: one kind of line break, no control characters, no broken UTF-16
 * (encodeURIComponent throws on a lone surrogate, which would break the mailto
 * link). Pure and total: never throws.
 */

// C0 controls except tab and line feed, DEL, and C1 controls.
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Multi-line text: line breaks become "\n", other controls are dropped. */
export function cleanText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(CONTROLS, '').replace(LONE_SURROGATE, '\uFFFD');
}

/** Single-line text (names, subject): every run of whitespace, line breaks included, becomes one space. */
export function cleanLine(value: string): string {
  return cleanText(value).replace(/\s+/g, ' ');
}
