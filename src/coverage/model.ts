/** The coverage data the engine reads: everything it needs, nothing Astro-specific. */
import type { Channel, PackageId, Priority, TopicId } from './ids';
import type { Advice } from './advice';
import type { Policies, Rule, Topic } from './schema';

export interface SizeGuidance {
  /** The package is recommended below this many agents… */
  agentsBelow: number;
  /** …and below this many bots. */
  botsBelow: number;
  terms: string[];
}

export interface PackageInfo {
  id: PackageId;
  name: string;
  channel: Channel;
  priority: Priority;
  sizeGuidance?: SizeGuidance | undefined;
}

export interface PackageRule extends Rule {
  package: PackageId;
}

export interface CoverageData {
  topics: Topic[];
  packages: PackageInfo[];
  /** One rule per package × topic (checked when the site builds). */
  rules: PackageRule[];
  policies: Policies;
  /** Every sentence the engine says around the rules (content/coverage/advice.yaml). */
  advice: Advice;
}

export function ruleFor(data: CoverageData, pkg: PackageId, topic: TopicId): PackageRule {
  const rule = data.rules.find((r) => r.package === pkg && r.topic === topic);
  if (!rule) throw new Error(`coverage data has no rule for package "${pkg}" and topic "${topic}"`);
  return rule;
}

export function packageInfo(data: CoverageData, pkg: PackageId): PackageInfo {
  const info = data.packages.find((p) => p.id === pkg);
  if (!info) throw new Error(`coverage data has no package "${pkg}"`);
  return info;
}
