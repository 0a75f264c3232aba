/** The Markdown copy of each knowledge-base article, at /kb/<id>.md. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent, type KbEntry } from '../../lib/content';
import { markdownCopyResponse } from '../../lib/markdown-copy';

export const getStaticPaths = (async () => {
  const { kb } = await getContent();
  return kb.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { entry } = props as { entry: KbEntry };
  return markdownCopyResponse(entry, `/kb/${entry.id}/`, site ?? new URL('http://localhost/'));
};
