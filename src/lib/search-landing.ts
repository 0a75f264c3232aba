/**
 * Where a search result leads: the section of the page that matched best
 * (its heading anchor), plus a text fragment (`#id:~:text=…`) so the browser
 * itself scrolls to the matched words and highlights them. Browsers without
 * text fragments, or a fragment that no longer matches, fall back to the
 * heading anchor. The reading pages need no script for any of it.
 *
 * Browsers match a text fragment at its first occurrence in the page, and the
 * menus before the content (docs sidebar, contents, breadcrumbs) repeat page
 * and section titles. So a match in the section's own title gets no fragment:
 * the heading anchor already leads there, and the fragment quotes the first
 * match after the title instead, if there is one.
 * Pure: works on the data Pagefind returns, tested directly.
 */
import { excerptSegments } from './excerpt';

/** The part of Pagefind's sub-result data this module reads. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Present when the section starts at a heading with an id; absent for the top of the page. */
  anchor?: { id: string } | undefined;
  weighted_locations: { balanced_score: number }[];
}

export interface MatchedSection {
  title: string;
  /** The section's URL, with the text fragment when one could be made. */
  url: string;
  excerpt: string;
}

/** Sections listed under a result, at most. */
export const MAX_SECTIONS = 3;
/** Words of the matched passage the text fragment quotes: enough to be found once, few enough to stay within a sentence. */
const FRAGMENT_WORDS = 4;

const LEADING_PUNCTUATION = /^[^\p{L}\p{N}]+/u;
const TRAILING_PUNCTUATION = /[^\p{L}\p{N}]+$/u;
const score = (sub: PagefindSubResult) => sub.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);

/**
 * How many characters of the excerpt's text are its leading title: the whole
 * `title`, or its last words when the excerpt starts inside it ("with Docker
 * Compose." for "Install with Docker Compose"), followed by the full stop
 * Pagefind puts after a heading. 0 when it does not start with the title.
 */
function titleLength(segments: readonly { text: string }[], title: string | undefined): number {
  if (!title) return 0;
  const text = segments.map((s) => s.text).join('');
  const start = text.length - text.trimStart().length;
  const opening = text.slice(start).toLowerCase();
  const words = title.toLowerCase().split(/\s+/);
  for (let first = 0; first < words.length; first++) {
    const tail = words.slice(first).join(' ');
    if (opening.startsWith(tail) && /^(\.|$)/.test(opening.slice(tail.length))) return start + tail.length;
  }
  return 0;
}

/**
 * A text directive for the first marked passage of an excerpt after its
 * leading `title`, if any: the marked word and the words after it up to the
 * end of the sentence, at most FRAGMENT_WORDS. Undefined when nothing else is
 * marked.
 */
export function textDirective(excerpt: string, title?: string): string | undefined {
  const segments = excerptSegments(excerpt);
  const skipped = titleLength(segments, title);
  let offset = 0;
  const first = segments.findIndex((s) => {
    const after = offset >= skipped;
    offset += s.text.length;
    return s.marked && after;
  });
  if (first < 0) return undefined;
  const words = segments
    .slice(first)
    .map((s) => s.text)
    .join('')
    .trim()
    .split(/\s+/);
  const passage: string[] = [];
  for (const word of words) {
    // Pagefind joins blocks with punctuation ("Symptom. The…"): a passage ends at
    // the first word with punctuation after it, which is kept out of the quote.
    const bare = (passage.length ? word : word.replace(LEADING_PUNCTUATION, '')).replace(TRAILING_PUNCTUATION, '');
    if (!bare) break;
    passage.push(bare);
    if (passage.length >= FRAGMENT_WORDS || TRAILING_PUNCTUATION.test(word)) break;
  }
  if (!passage.length) return undefined;
  // "-", "," and "&" are the directive's own syntax; encodeURIComponent leaves only "-" alone.
  return `:~:text=${encodeURIComponent(passage.join(' ')).replace(/-/g, '%2D')}`;
}

/** The section URL with its text fragment: `/kb/x/#fix:~:text=…`, or `/kb/x/#:~:text=…` at the top of a page. */
export function landingUrl(sub: PagefindSubResult): string {
  const directive = textDirective(sub.excerpt, sub.title);
  if (!directive) return sub.url;
  return sub.url.includes('#') ? `${sub.url}${directive}` : `${sub.url}#${directive}`;
}

/**
 * The best-matching section (most weighted hits) and up to MAX_SECTIONS
 * sections with a heading, in page order. A page whose only match is before
 * its first heading has no listed sections.
 */
export function matchedSections(subResults: readonly PagefindSubResult[]): {
  best: MatchedSection | undefined;
  sections: MatchedSection[];
} {
  const toSection = (sub: PagefindSubResult): MatchedSection => ({ title: sub.title, url: landingUrl(sub), excerpt: sub.excerpt });
  const ranked = [...subResults].sort((a, b) => score(b) - score(a));
  const withHeading = ranked.filter((sub) => sub.anchor).slice(0, MAX_SECTIONS);
  const sections = subResults.filter((sub) => withHeading.includes(sub)).map(toSection);
  return { best: ranked[0] && toSection(ranked[0]), sections };
}
