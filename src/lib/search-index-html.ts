/**
 * The copy of a page the search indexer reads. Astro's compressed HTML has no
 * whitespace between elements ("…sales</a><span>Questions", "Channel</dt><dd>Email"),
 * and Pagefind joins the text of inline and list elements as written, so the
 * index held "salesQuestions" and "ChannelEmail": words nobody searches for, in
 * excerpts, and in text fragments that then match nothing on the page. The
 * indexer is given a space wherever one element ends and the next begins
 * between two word characters; the served page is unchanged. Code blocks are
 * left as they are: their highlighting splits tokens, not words.
 * Pure, tested directly.
 */

/** Closing tags then opening tags, with a word character (or bracket, or sentence mark) on each side. */
const ELEMENTS_BETWEEN_WORDS = /([\p{L}\p{N}.,;:!?)\]])((?:<\/[a-z][^>]*>)+)((?:<[a-z][^>]*>)+)(?=[\p{L}\p{N}([])/giu;
const CODE_BLOCKS = /(<pre\b[\s\S]*?<\/pre>)/i;

export function spaceBetweenElements(html: string): string {
  return html
    .split(CODE_BLOCKS)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(ELEMENTS_BETWEEN_WORDS, '$1$2 $3')))
    .join('');
}
