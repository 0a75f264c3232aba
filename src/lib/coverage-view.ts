/** Views of the coverage data for pages: per package, per topic, and the labels for verdicts. */
import type { PackageId, TopicId } from '../coverage/ids';
import { ruleFor, type CoverageData, type PackageRule } from '../coverage/model';
import type { RuleVerdict, Topic } from '../coverage/schema';
import { sortTermIds } from '../coverage/terms';
import type { PackageData } from '../schemas/packages';

export interface CoverageItem {
  topic: Topic;
  rule: PackageRule;
}

export const verdictLabel: Record<RuleVerdict | 'needs-info', string> = {
  covered: 'Covered',
  'not-covered': 'Not covered',
  'not-stated': 'Not stated',
  'needs-info': 'Needs an answer',
};

/** A package's rules grouped by verdict, topics in the order of docs/ARCHITECTURE.md. */
export function packageCoverage(data: CoverageData, pkg: PackageId): Record<RuleVerdict, CoverageItem[]> {
  const groups: Record<RuleVerdict, CoverageItem[]> = { covered: [], 'not-covered': [], 'not-stated': [] };
  for (const topic of data.topics) {
    const rule = ruleFor(data, pkg, topic.id);
    groups[rule.verdict].push({ topic, rule });
  }
  return groups;
}

/** The rule of every package for one topic, in package order. */
export function topicCoverage(data: CoverageData, topic: TopicId) {
  return data.packages.map((pkg) => ({
    pkg,
    rule: ruleFor(data, pkg.id, topic),
  }));
}

/** Every term a package page cites: its own facts and all of its coverage rules. */
export function packagePageTerms(page: PackageData, data: CoverageData, pkg: PackageId): string[] {
  return sortTermIds([
    ...page.terms,
    ...page.channelTerms,
    ...page.priorityTerms,
    ...(page.sizeGuidance?.terms ?? []),
    ...data.rules.filter((r) => r.package === pkg).flatMap((r) => r.terms),
  ]);
}
