/** Schema of the knowledge-base articles (content/kb/*.md, or $PORTAL_KB_DIR). */
import { z } from 'astro/zod';
import { keywords } from './keywords';
import { httpsUrl, isoDate, packageId, slug, text } from './primitives';

/** A public thread the article draws on (a GitHub issue or discussion, a vendor page), listed under "Sources". */
const sourceSchema = z.object({
  /** What the reader sees as the link, written as the article's prose names it, e.g. "Tiledesk/tiledesk issue #10". */
  label: text,
  /** Its https:// address, exact, e.g. "https://github.com/Tiledesk/tiledesk/issues/10". */
  url: httpsUrl,
});

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
  /**
   * The public threads and pages the article is based on, in the order the article cites them.
   * Shown as links under a "Sources" heading at the end of the article. Default [].
   */
  sources: z.array(sourceSchema).default([]),
});
export type KbData = z.infer<typeof kbSchema>;
