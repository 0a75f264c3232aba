/**
 * The public shape of /coverage.json (documented in the README): the whole
 * matrix for integrations, built from the same data as the pages.
 */
import { describeCondition } from '../coverage/conditions';
import type { CoverageData } from '../coverage/model';
import type { Term } from '../schemas/terms';
import { packageHref } from './labels';
import { termHref } from './terms';

export const COVERAGE_JSON_VERSION = 1;

export function coverageJson(coverage: CoverageData, terms: Term[], site: URL) {
  // packageHref and termHref are already under the base path.
  const url = (href: string) => new URL(href, site).href;
  return {
    version: COVERAGE_JSON_VERSION,
    packages: coverage.packages.map((p) => ({
      id: p.id,
      name: p.name,
      channel: p.channel,
      priority: p.priority,
      sizeGuidance: p.sizeGuidance ?? null,
      url: url(packageHref(p.id)),
    })),
    topics: coverage.topics,
    terms: terms.map((t) => ({ id: t.id, statement: t.statement, url: url(termHref(t.id)) })),
    modifiedComponents: coverage.policies.modified,
    advice: coverage.advice,
    rules: coverage.rules.map((r) => ({
      package: r.package,
      topic: r.topic,
      verdict: r.verdict,
      conditions: r.conditions.map((c) => ({ ...c, text: describeCondition(c, coverage.advice) })),
      channel: r.channel,
      priority: r.priority,
      terms: r.terms,
      text: r.text,
      url: url(`${packageHref(r.package)}#${r.topic}`),
    })),
  };
}
