/** Schema of the knowledge-base articles (content/kb/*.md, or $PORTAL_KB_DIR). */
import { z } from 'astro/zod';
import { keywords } from './keywords';
import { isoDate, packageId, slug, text } from './primitives';

export const kbSchema = z.object({
  /** Article title: the question or symptom, as a customer would phrase it. */
  title: text,
  /** One or two sentences shown in listings, search results and the meta description. */
  description: text,
  /** Id of a category listed under `kb.categories` in content/site.yaml. */
  category: slug,
  /** Free tags, lowercase slugs, e.g. ["docker-compose", "login"]. At least one. */
  tags: z.array(slug).min(1, { error: 'add at least one tag, e.g. ["docker-compose"]' }),
  /** Packages the article applies to: any of "pro", "enterprise", "none". At least one. */
  packages: z.array(packageId).min(1, { error: 'list the packages the article applies to, e.g. ["pro", "enterprise"]' }),
  /** Date the article was last updated, "YYYY-MM-DD". */
  updated: isoDate,
  /** Ids (file names without extension) of related articles. Default []. */
  related: z.array(slug).default([]),
  /** Search words customers use for this page that it may not say itself, e.g. ["ssl", "k8s"]. Default []. See ./keywords.ts. */
  keywords,
});
export type KbData = z.infer<typeof kbSchema>;
