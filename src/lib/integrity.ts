/**
 * Cross-checks between content files that a per-file schema cannot see:
 * references to other entries, ids that must exist, anchors that must be unique.
 * Pure: takes plain entries, returns every problem found (not just the first),
 * each naming the file, the field and what was expected.
 */
import { PACKAGE_IDS } from '../coverage/ids';
import type { Policies, Topic } from '../coverage/schema';
import { checkCoverage, checkPolicyTerms, unknownTerms, type Problem, type RulesFile } from '../coverage/validate';
import type { DocData } from '../schemas/docs';
import type { KbData } from '../schemas/kb';
import type { PackageData } from '../schemas/packages';
import type { SiteConfig } from '../schemas/site';
import type { Term } from '../schemas/terms';

export interface Entry<T> {
  id: string;
  /** Path of the source file, relative to the project; absent for generated entries. */
  filePath?: string | undefined;
  data: T;
}

export interface ContentSet {
  site: SiteConfig;
  terms: Entry<Term>[];
  packages: Entry<PackageData>[];
  docs: Entry<DocData>[];
  kb: Entry<KbData>[];
  topics: Topic[];
  rules: RulesFile[];
  policies: Policies;
}

export type { Problem };

const quoteList = (values: readonly string[], max = 6) =>
  values
    .slice(0, max)
    .map((v) => `"${v}"`)
    .join(', ') + (values.length > max ? ', …' : '');

const where = (entry: Entry<unknown>, fallback: string) => entry.filePath ?? fallback;

export function checkTerms(terms: Entry<Term>[]): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set(terms.map((t) => t.data.id));
  for (const term of terms) {
    const parent = term.data.id.split('.')[0]!;
    if (parent !== term.data.id && !ids.has(parent)) {
      problems.push({
        file: where(term, 'terms.yaml'),
        field: `${term.data.id}.id`,
        message: `item ${term.data.id} has no parent term ${parent}; add ${parent} before its items`,
      });
    }
  }
  return problems;
}

export function checkPackages(packages: Entry<PackageData>[], termIds: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const known = new Set<string>(PACKAGE_IDS);
  for (const pkg of packages) {
    const file = where(pkg, `packages/${pkg.id}.mdx`);
    if (!known.has(pkg.id)) {
      problems.push({
        file,
        field: '(file name)',
        message: `"${pkg.id}" is not a package id; name the file after one of ${quoteList(PACKAGE_IDS)}`,
      });
    }
    const cite = (field: string, ids: string[]) => problems.push(...unknownTerms(ids, termIds, file, field));
    cite('terms', pkg.data.terms);
    cite('channelTerms', pkg.data.channelTerms);
    cite('priorityTerms', pkg.data.priorityTerms);
    if (pkg.data.sizeGuidance) cite('sizeGuidance.terms', pkg.data.sizeGuidance.terms);
  }
  for (const id of PACKAGE_IDS) {
    if (!packages.some((p) => p.id === id)) {
      problems.push({
        file: `packages/${id}.mdx`,
        field: '(file)',
        message: `the package "${id}" has no page; create packages/${id}.mdx`,
      });
    }
  }
  return problems;
}

export function checkDocs(docs: Entry<DocData>[], site: SiteConfig): Problem[] {
  const sections = site.docs.sections.map((s) => s.id);
  return docs
    .filter((doc) => !sections.includes(doc.data.section))
    .map((doc) => ({
      file: where(doc, `docs/${doc.id}`),
      field: 'section',
      message: `"${doc.data.section}" is not a docs section; use one of ${quoteList(sections)} (listed in site.yaml under docs.sections)`,
    }));
}

/** KB ids that would collide with the listing routes under /kb/. */
export const RESERVED_KB_IDS = ['category', 'tag', 'tags'];

export function checkKb(kb: Entry<KbData>[], site: SiteConfig): Problem[] {
  const problems: Problem[] = [];
  const categories = site.kb.categories.map((c) => c.id);
  const ids = new Set(kb.map((a) => a.id));
  for (const article of kb) {
    const file = where(article, `kb/${article.id}`);
    if (RESERVED_KB_IDS.includes(article.id)) {
      problems.push({
        file,
        field: '(file name)',
        message: `"${article.id}" is reserved for the listing pages under /kb/; rename the file`,
      });
    }
    if (!categories.includes(article.data.category)) {
      problems.push({
        file,
        field: 'category',
        message: `"${article.data.category}" is not a knowledge-base category; use one of ${quoteList(categories)} (listed in site.yaml under kb.categories)`,
      });
    }
    article.data.related.forEach((id, i) => {
      if (id === article.id) {
        problems.push({ file, field: `related[${i}]`, message: 'an article cannot be related to itself' });
      } else if (!ids.has(id)) {
        problems.push({
          file,
          field: `related[${i}]`,
          message: `"${id}" is not a knowledge-base article; expected the file name (without extension) of another article`,
        });
      }
    });
  }
  return problems;
}

/**
 * The home page's popular articles (site.yaml kb.popular) exist. Run only on the content folder's
 * own knowledge base: a KB swapped in with PORTAL_KB_DIR (the benchmark's) has other articles.
 */
export function checkPopular(kb: Entry<KbData>[], site: SiteConfig): Problem[] {
  const ids = new Set(kb.map((a) => a.id));
  return site.kb.popular.flatMap((id, i) =>
    ids.has(id)
      ? []
      : [
          {
            file: 'site.yaml',
            field: `kb.popular[${i}]`,
            message: `"${id}" is not a knowledge-base article; expected the file name (without extension) of an article in kb/`,
          },
        ],
  );
}

/** Section and category ids listed twice in site.yaml: pages and links are named after them. */
export function checkSiteIds(site: SiteConfig): Problem[] {
  const lists = [
    { field: 'docs.sections', ids: site.docs.sections.map((s) => s.id) },
    { field: 'kb.categories', ids: site.kb.categories.map((c) => c.id) },
  ];
  return lists.flatMap(({ field, ids }) =>
    ids.flatMap((id, i) =>
      ids.indexOf(id) === i
        ? []
        : [
            {
              file: 'site.yaml',
              field: `${field}[${i}].id`,
              message: `"${id}" is listed a second time; each id must be unique: remove the repeated item or give it its own id`,
            },
          ],
    ),
  );
}

/** Every cross-file problem in the content, in a stable order. */
export function checkContent(content: ContentSet): Problem[] {
  const termIds = new Set(content.terms.map((t) => t.data.id));
  return [
    ...checkSiteIds(content.site),
    ...checkTerms(content.terms),
    ...checkPackages(content.packages, termIds),
    ...checkDocs(content.docs, content.site),
    ...checkKb(content.kb, content.site),
    ...checkCoverage(content.topics, content.rules, termIds),
    ...checkPolicyTerms(content.policies.modified.terms, termIds),
  ];
}

export function formatProblems(problems: Problem[]): string {
  const lines = problems.map((p) => `  ${p.file} → ${p.field}: ${p.message}`);
  return `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
