/**
 * Values from a URL shown back to the visitor in notices ("topic=… was
 * ignored"), on /check/, /ticket/, /search/ and /compare/ (the package
 * finder). A hostile link must not be able to flood the page or rearrange it,
 * so:
 *
 * - each value is shortened to MAX_VALUE_CHARS characters (whole code points);
 * - bidirectional controls in it (e.g. U+202E RIGHT-TO-LEFT OVERRIDE) are shown
 *   as their code ("[U+202E]") instead of acting, and a value with any
 *   non-ASCII character is wrapped in U+2068 FIRST STRONG ISOLATE … U+2069 POP
 *   DIRECTIONAL ISOLATE, so right-to-left text cannot reverse what follows it;
 * - at most MAX_SHOWN_NOTICES notices are listed, then "and N more".
 *
 * Pure text in, text out: the callers render it as text, never as HTML.
 */

export const MAX_VALUE_CHARS = 40;
export const MAX_SHOWN_NOTICES = 3;

/** Bidirectional formatting characters: marks, embeddings, overrides, isolates. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
const FSI = '\u2068';
const PDI = '\u2069';

const codeOf = (char: string) => `[U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`;

function shorten(value: string): string {
  const chars = Array.from(value);
  const short = chars.length > MAX_VALUE_CHARS ? `${chars.slice(0, MAX_VALUE_CHARS).join('')}…` : value;
  return short.replace(BIDI_CONTROLS, codeOf);
}

const isolate = (text: string) => (/[^\x20-\x7E]/.test(text) ? `${FSI}${text}${PDI}` : text);

/** A URL value ready to sit inside a sentence, in the caller's own quotes: shortened, controls visible, isolated when not plain ASCII. */
export const isolateUrlValue = (value: string): string => isolate(shorten(value).replace(/[\u0000-\u001F\u007F]/g, codeOf));

/** The same, JSON-quoted (quotes and control characters escaped), as the checker's notices write values. */
export const quoteUrlValue = (value: string): string => isolate(JSON.stringify(shorten(value)));

/** The notices to list, and how many more there are ("and N more" when that is above 0). */
export function summarizeNotices<T>(notices: readonly T[], max = MAX_SHOWN_NOTICES): { shown: T[]; more: number } {
  // Showing "and 1 more" would take the room of the one it hides: list it instead.
  const limit = notices.length === max + 1 ? notices.length : max;
  return { shown: notices.slice(0, limit), more: Math.max(0, notices.length - limit) };
}

/** "and 3 more", for the last line of a shortened list. */
export const moreNoticesText = (more: number) => `and ${more} more ${more === 1 ? 'value was' : 'values were'} ignored.`;
