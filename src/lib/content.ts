/**
 * The one door to the content: loads every collection once per build, runs the
 * cross-file checks, and fails the build with all problems listed if any.
 * Pages import from here rather than calling getCollection() themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { TOPIC_IDS, type PackageId } from '../coverage/ids';
import type { CoverageData } from '../coverage/model';
import { checkSeverityTerms } from '../schemas/severities';
import { checkContent, formatProblems } from './integrity';

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
  const [siteEntries, terms, packages, docs, kb, topicEntries, ruleFiles, policyEntries, severityEntries, uploadEntries] = await Promise.all([
    getCollection('site'),
    getCollection('terms'),
    getCollection('packages'),
    getCollection('docs'),
    getCollection('kb'),
    getCollection('topics'),
    getCollection('rules'),
    getCollection('policies'),
    getCollection('severities'),
    getCollection('uploads'),
  ]);
  const site = single(siteEntries, 'site.yaml', 'site');
  const policies = single(policyEntries, 'coverage/policies.yaml', 'policies');
  const topics = topicEntries.map((t) => t.data).sort((a, b) => TOPIC_IDS.indexOf(a.id) - TOPIC_IDS.indexOf(b.id));
  const rules = ruleFiles.map((f) => ({ id: f.id, filePath: f.filePath, rules: f.data.rules }));
  const severities = single(severityEntries, 'support/severities.yaml', 'severities');
  const uploads = single(uploadEntries, 'support/uploads.yaml', 'uploads');
  const problems = [
    ...checkContent({ site, terms, packages, docs, kb, topics, rules, policies }),
    ...checkSeverityTerms(severities, new Set(terms.map((t) => t.data.id))),
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
    rules: rules.flatMap((f) => f.rules.map((rule) => ({ ...rule, package: f.id as PackageId }))),
    policies,
  };
  // Article pages look up their related articles by id: a map keeps that O(1) at 10,000 articles.
  const kbById = new Map(kb.map((entry) => [entry.id, entry]));
  return { site, terms: terms.map((t) => t.data), packages, docs, kb, kbById, coverage, severities, uploads };
}

let loaded: ReturnType<typeof load> | undefined;

/** All validated content. Loaded and checked once, then shared by every page. */
export function getContent() {
  loaded ??= load();
  return loaded;
}

export type Content = Awaited<ReturnType<typeof load>>;
