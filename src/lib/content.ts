/**
 * The one door to the content: loads every collection once per build, runs the
 * cross-file checks, and fails the build with all problems listed if any.
 * Pages import from here rather than calling getCollection() themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkContent, formatProblems } from './integrity';

export type DocEntry = CollectionEntry<'docs'>;
export type KbEntry = CollectionEntry<'kb'>;
export type PackageEntry = CollectionEntry<'packages'>;

async function load() {
  const [siteEntries, terms, packages, docs, kb] = await Promise.all([
    getCollection('site'),
    getCollection('terms'),
    getCollection('packages'),
    getCollection('docs'),
    getCollection('kb'),
  ]);
  const site = siteEntries[0]?.data;
  if (!site || siteEntries.length !== 1) {
    throw new Error(
      `site.yaml must hold exactly one entry (the key "site:" at the top level); found ${siteEntries.length}`,
    );
  }
  const problems = checkContent({ site, terms, packages, docs, kb });
  if (problems.length) throw new Error(formatProblems(problems));
  packages.sort((a, b) => a.data.order - b.data.order);
  // Article pages look up their related articles by id: a map keeps that O(1) at 10,000 articles.
  const kbById = new Map(kb.map((entry) => [entry.id, entry]));
  return { site, terms: terms.map((t) => t.data), packages, docs, kb, kbById };
}

let loaded: ReturnType<typeof load> | undefined;

/** All validated content. Loaded and checked once, then shared by every page. */
export function getContent() {
  loaded ??= load();
  return loaded;
}

export type Content = Awaited<ReturnType<typeof load>>;
