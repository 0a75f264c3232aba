/** What a content entry offers to tell whether it has code blocks: its Markdown source, or its rendered HTML. */
interface EntrySource {
  body?: string | undefined;
  rendered?: { html: string } | undefined;
}

/**
 * Whether an entry has a code block, i.e. needs the copy buttons: a fence (``` or ~~~)
 * opening a line of its source, or, for entries loaded with their HTML only, a
 * <copy-code> wrapper (src/markdown/copy-code-blocks.ts) in that HTML.
 */
export const hasCodeBlocks = (entry: EntrySource): boolean =>
  /^ {0,3}(```|~~~)/m.test(entry.body ?? '') || (entry.rendered?.html.includes('<copy-code') ?? false);
