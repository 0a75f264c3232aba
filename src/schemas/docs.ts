/** Schema of content/docs/*.md(x): the install and operations guides. */
import { z } from 'astro/zod';
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
});
export type DocData = z.infer<typeof docSchema>;
