/** Schema of content/docs/*.md(x): the install and operations guides. */
import { z } from 'astro/zod';
import { keywords } from './keywords';
import { isoDate, slug, text } from './primitives';

export const docSchema = z.object({
  /** Page title, also the sidebar label. */
  title: text,
  /** One or two sentences for the docs index, search results and meta description. */
  description: text,
  /** Id of a section listed under `docs.sections` in content/site.yaml. */
  section: slug,
  /** Position within its section, lowest first. */
  order: z.int({ error: 'expected a whole number, e.g. 10' }).min(0),
  /** Date the page was last checked against the product, "YYYY-MM-DD". Optional. */
  updated: isoDate.optional(),
  /** Search words customers use for this page that it may not say itself, e.g. ["ssl", "k8s"]. Default []. See ./keywords.ts. */
  keywords,
});
export type DocData = z.infer<typeof docSchema>;
