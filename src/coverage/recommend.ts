/**
 * "Which package fits me?" for prospects: from the deployment's size, whether
 * it is mission critical, and the services wanted, the package that fits and
 * why, citing the terms. Pure; which packages and what it says come from
 * content/coverage/advice.yaml.
 */
import type { Reason } from './answer';
import { sizeFit } from './evaluate';
import { fill } from './fill';
import type { PackageId, TopicId } from './ids';
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
  /** The package that fits: advice.recommend.small, or .larger when any reason points there. */
  package: PackageId;
  reasons: Reason[];
  /** Wanted services the recommended package does not cover, or where its terms are silent. */
  gaps: ServiceNote[];
  /** Wanted services it covers only under conditions (e.g. Pro's 30-day bug-fix window). */
  limits: ServiceNote[];
}

/** The terms of every rule for these topics under these packages, unique and in order. */
const termsOf = (data: CoverageData, packages: PackageId[], topics: TopicId[]) =>
  sortTermIds(topics.flatMap((topic) => packages.flatMap((pkg) => ruleFor(data, pkg, topic).terms)));

export function recommend(needs: Needs, data: CoverageData): Recommendation {
  const words = data.advice.recommend;
  const small = packageInfo(data, words.small);
  const label = (topic: TopicId) => data.topics.find((t) => t.id === topic)?.label.toLowerCase() ?? topic;
  const forLarger: Reason[] = [];

  if (needs.missionCritical) forLarger.push({ text: words.missionCritical.text, terms: sortTermIds(words.missionCritical.terms) });
  const size = sizeFit(data, small, needs.agents, needs.bots);
  if (size.fit === 'exceeds' && size.note) forLarger.push({ text: words.tooLarge, terms: size.note.terms });
  const onlyLarger = needs.services.filter(
    (topic) => ruleFor(data, words.small, topic).verdict !== 'covered' && ruleFor(data, words.larger, topic).verdict === 'covered',
  );
  if (onlyLarger.length > 0) {
    forLarger.push({
      text: fill(words.onlyLarger, { services: onlyLarger.map(label).join(words.join) }),
      terms: termsOf(data, [words.small, words.larger], onlyLarger),
    });
  }

  const choice = forLarger.length > 0 ? words.larger : words.small;
  const reasons =
    choice === words.larger
      ? forLarger
      : [
          { text: words.fits.text, terms: sortTermIds(words.fits.terms) },
          ...(needs.services.length > 0 ? [{ text: words.fitsServices, terms: termsOf(data, [words.small], needs.services) }] : []),
        ];

  const notes = needs.services.map((topic) => {
    const rule = ruleFor(data, choice, topic);
    // A prospect has no account manager yet: where the terms are silent, the finder says to ask sales.
    const text = rule.verdict === 'not-stated' ? words.notStated : rule.text;
    return { topic, verdict: rule.verdict, reason: { text, terms: rule.terms }, limited: rule.conditions.length > 0 };
  });
  return {
    package: choice,
    reasons,
    gaps: notes.filter((n) => n.verdict !== 'covered').map(({ limited: _, ...note }) => note),
    limits: notes.filter((n) => n.verdict === 'covered' && n.limited).map(({ limited: _, ...note }) => note),
  };
}
