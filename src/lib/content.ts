/**
 * The one door to the content: loads every collection once per build, runs the
 * cross-file checks, and fails the build with all problems listed if any.
 * Pages import from here rather than calling getCollection() themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { TOPIC_IDS, type PackageId } from '../coverage/ids';
import type { CoverageData } from '../coverage/model';
import { compareTermIds, sortTermIds } from '../coverage/terms';
import { checkAdviceTerms } from '../coverage/validate';
import { checkSeverityTerms } from '../schemas/severities';
import { kbIsExternal } from './content-dirs';
import { checkContent, checkPopular, formatProblems } from './integrity';

export type DocEntry = CollectionEntry<'docs'>;
export type KbEntry = CollectionEntry<'kb'>;
export type PackageEntry = CollectionEntry<'packages'>;

function single<T>(entries: { data: T }[], file: string, key: string): T {
  const [entry] = entries;
  if (!entry || entries.length !== 1) {
    throw new Error(`${file} must hold exactly one entry (the key "${key}:" at the top level); found ${entries.length}`);
  }
  return entry.data;
}

async function load() {
  const [
    siteEntries,
    termEntries,
    editionEntries,
    packages,
    docs,
    kb,
    topicEntries,
    ruleFiles,
    policyEntries,
    adviceEntries,
    severityEntries,
    uploadEntries,
  ] = await Promise.all([
    getCollection('site'),
    getCollection('terms'),
    getCollection('termsEdition'),
    getCollection('packages'),
    getCollection('docs'),
    getCollection('kb'),
    getCollection('topics'),
    getCollection('rules'),
    getCollection('policies'),
    getCollection('advice'),
    getCollection('severities'),
    getCollection('uploads'),
  ]);
  const site = single(siteEntries, 'site.yaml', 'site');
  const termsEdition = single(editionEntries, 'terms.yaml', 'edition');
  // Natural order (T2 before T10, T11 before T11.1) wherever terms are listed.
  const terms = [...termEntries].sort((a, b) => compareTermIds(a.data.id, b.data.id));
  const policies = single(policyEntries, 'coverage/policies.yaml', 'policies');
  const advice = single(adviceEntries, 'coverage/advice.yaml', 'advice');
  const topics = topicEntries.map((t) => t.data).sort((a, b) => TOPIC_IDS.indexOf(a.id) - TOPIC_IDS.indexOf(b.id));
  const rules = ruleFiles.map((f) => ({ id: f.id, filePath: f.filePath, rules: f.data.rules }));
  const severities = single(severityEntries, 'support/severities.yaml', 'severities');
  const uploads = single(uploadEntries, 'support/uploads.yaml', 'uploads');
  const termIds = new Set(terms.map((t) => t.data.id));
  const problems = [
    ...(terms.length === 0
      ? [
          {
            file: 'content/terms.yaml',
            field: 'terms',
            message: 'no terms found; list them under "terms:", each with id, group and statement',
          },
        ]
      : []),
    ...checkContent({ site, terms, packages, docs, kb, topics, rules, policies }),
    ...(kbIsExternal() ? [] : checkPopular(kb, site)),
    ...checkAdviceTerms(advice, termIds),
    ...checkSeverityTerms(severities, termIds),
  ];
  if (problems.length) throw new Error(formatProblems(problems));

  packages.sort((a, b) => a.data.order - b.data.order);
  const coverage: CoverageData = {
    topics,
    packages: packages.map((p) => ({
      id: p.id as PackageId, // checked above: every page is named after a package id
      name: p.data.name,
      channel: p.data.channel,
      priority: p.data.priority,
      sizeGuidance: p.data.sizeGuidance,
    })),
    // Terms in natural order everywhere they are shown or published (pages, /coverage.json).
    rules: rules.flatMap((f) => f.rules.map((rule) => ({ ...rule, terms: sortTermIds(rule.terms), package: f.id as PackageId }))),
    policies,
    advice,
  };
  // Article pages look up their related articles by id: a map keeps that O(1) at 10,000 articles.
  const kbById = new Map(kb.map((entry) => [entry.id, entry]));
  return { site, terms: terms.map((t) => t.data), termsEdition, packages, docs, kb, kbById, coverage, severities, uploads };
}

let loaded: ReturnType<typeof load> | undefined;

/** All validated content. Loaded and checked once, then shared by every page. */
export function getContent() {
  loaded ??= load();
  return loaded;
}

export type Content = Awaited<ReturnType<typeof load>>;
