/**
 * "Which package fits me?" for prospects: from the deployment's size, whether
 * it is mission critical, and the services wanted, the package that fits and
 * why, citing the terms. Pure.
 */
import type { Reason } from './answer';
import { sizeFit } from './evaluate';
import type { TopicId } from './ids';
import { packageInfo, ruleFor, type CoverageData } from './model';
import type { RuleVerdict } from './schema';
import { sortTermIds } from './terms';

export interface Needs {
  agents?: number | undefined;
  bots?: number | undefined;
  missionCritical?: boolean | undefined;
  /** Topics the prospect wants support for. */
  services: TopicId[];
}

export interface ServiceNote {
  topic: TopicId;
  verdict: RuleVerdict;
  reason: Reason;
}

export interface Recommendation {
  package: 'pro' | 'enterprise';
  reasons: Reason[];
  /** Wanted services the recommended package does not cover, or where its terms are silent. */
  gaps: ServiceNote[];
  /** Wanted services it covers only under conditions (e.g. Pro's 30-day bug-fix window). */
  limits: ServiceNote[];
}

export function recommend(needs: Needs, data: CoverageData): Recommendation {
  const pro = packageInfo(data, 'pro');
  const label = (topic: TopicId) => data.topics.find((t) => t.id === topic)?.label.toLowerCase() ?? topic;
  const forEnterprise: Reason[] = [];

  if (needs.missionCritical) {
    forEnterprise.push({
      text: 'Your deployment is mission critical. Pro is meant for deployments that are not, and Enterprise gives every case the highest priority and the shortest targeted response times.',
      terms: ['T9', 'T5'],
    });
  }
  const size = sizeFit(pro, needs.agents, needs.bots);
  if (size.fit === 'exceeds' && size.note) {
    forEnterprise.push({ text: 'Your deployment is larger than the size Pro is recommended for.', terms: size.note.terms });
  }
  const enterpriseOnly = needs.services.filter(
    (topic) => ruleFor(data, 'pro', topic).verdict !== 'covered' && ruleFor(data, 'enterprise', topic).verdict === 'covered',
  );
  if (enterpriseOnly.length > 0) {
    forEnterprise.push({
      text: `Only Enterprise covers ${enterpriseOnly.map(label).join(', ')}.`,
      terms: sortTermIds(enterpriseOnly.flatMap((t) => [...ruleFor(data, 'pro', t).terms, ...ruleFor(data, 'enterprise', t).terms])),
    });
  }

  const choice = forEnterprise.length > 0 ? 'enterprise' : 'pro';
  const reasons =
    choice === 'enterprise'
      ? forEnterprise
      : [
          {
            text: 'A small deployment that is not mission critical is what Pro is meant for. Support is by email, on a best-effort basis with no resolution SLA.',
            terms: ['T9', 'T10', 'T11.5'],
          },
          ...(needs.services.length > 0
            ? [{ text: 'Pro covers the services you picked, within the limits below.', terms: sortTermIds(needs.services.flatMap((t) => ruleFor(data, 'pro', t).terms)) }]
            : []),
        ];

  const notes = needs.services.map((topic) => {
    const rule = ruleFor(data, choice, topic);
    return { topic, verdict: rule.verdict, reason: { text: rule.text, terms: rule.terms }, limited: rule.conditions.length > 0 };
  });
  return {
    package: choice,
    reasons,
    gaps: notes.filter((n) => n.verdict !== 'covered').map(({ limited: _, ...note }) => note),
    limits: notes.filter((n) => n.verdict === 'covered' && n.limited).map(({ limited: _, ...note }) => note),
  };
}
