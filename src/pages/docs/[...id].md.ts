/** The Markdown copy of each doc, at /docs/<id>.md. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent, type DocEntry } from '../../lib/content';
import { markdownCopyResponse } from '../../lib/markdown-copy';

export const getStaticPaths = (async () => {
  const { docs } = await getContent();
  return docs.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { entry } = props as { entry: DocEntry };
  return markdownCopyResponse(entry, `/docs/${entry.id}/`, site ?? new URL('http://localhost/'));
};
