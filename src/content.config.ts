/**
 * Content collections. Everything the portal states comes from the top-level
 * content/ folder (or PORTAL_CONTENT_DIR), validated by the schemas in
 * src/schemas/. The knowledge base can live elsewhere (PORTAL_KB_DIR) so the
 * benchmark can build a generated one without touching the real content.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { adviceSchema } from './coverage/advice';
import { packageRulesSchema, policiesSchema, topicSchema } from './coverage/schema';
import { docSchema } from './schemas/docs';
import { kbSchema } from './schemas/kb';
import { packageSchema } from './schemas/packages';
import { severitiesSchema } from './schemas/severities';
import { siteSchema } from './schemas/site';
import { termSchema, termsEditionSchema } from './schemas/terms';
import { parseTermList, parseTermsEdition } from './lib/terms-file';
import { uploadsSchema } from './schemas/uploads';
import { contentDirs } from './lib/content-dirs';

const { content: contentDir, kb: kbDir } = contentDirs();

export const collections = {
  site: defineCollection({ loader: file(`${contentDir}/site.yaml`), schema: siteSchema }),
  // One file, two parts: the numbered terms and their edition (version, effective date).
  terms: defineCollection({ loader: file(`${contentDir}/terms.yaml`, { parser: parseTermList }), schema: termSchema }),
  termsEdition: defineCollection({ loader: file(`${contentDir}/terms.yaml`, { parser: parseTermsEdition }), schema: termsEditionSchema }),
  packages: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${contentDir}/packages` }),
    schema: packageSchema,
  }),
  docs: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: `${contentDir}/docs` }),
    schema: docSchema,
  }),
  topics: defineCollection({ loader: file(`${contentDir}/coverage/topics.yaml`), schema: topicSchema }),
  rules: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${contentDir}/coverage/rules` }),
    schema: packageRulesSchema,
  }),
  policies: defineCollection({ loader: file(`${contentDir}/coverage/policies.yaml`), schema: policiesSchema }),
  advice: defineCollection({ loader: file(`${contentDir}/coverage/advice.yaml`), schema: adviceSchema }),
  // The ticket form's severities and response targets, and the server's upload limits.
  severities: defineCollection({ loader: file(`${contentDir}/support/severities.yaml`), schema: severitiesSchema }),
  uploads: defineCollection({ loader: file(`${contentDir}/support/uploads.yaml`), schema: uploadsSchema }),
  kb: defineCollection({
    // No page reads an article's raw Markdown, only its rendered HTML: not
    // keeping it shrinks the content store, which Astro serializes and holds
    // in memory whole (at 10,000 articles, tens of MB less; see BENCHMARKS.md).
    loader: glob({ pattern: '**/*.{md,mdx}', base: kbDir, retainBody: false }),
    schema: kbSchema,
  }),
};
