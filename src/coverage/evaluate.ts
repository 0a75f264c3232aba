/**
 * The entitlement engine: whether a request is covered under a package, why
 * (with the terms), through which channel, and what to do next. Pure: the
 * coverage data and "today" come in as arguments.
 */
import type { Answer, CheckRequest, MissingAnswer, NextStep, Reason } from './answer';
import type { Advice } from './advice';
import { fill } from './fill';
import { addDays, daysBetween, readableDate } from './dates';
import type { PackageId, TopicId } from './ids';
import { packageInfo, ruleFor, type CoverageData, type PackageInfo, type PackageRule } from './model';
import type { Condition } from './schema';
import { sortTermIds } from './terms';

type Window = Extract<Condition, { kind: 'window' }>;

type WindowStatus =
  | { state: 'inside'; text: string }
  | { state: 'expired'; text: string }
  | { state: 'not-started'; text: string; next: string }
  | { state: 'unknown' };

/** Where `today` falls in a window counted in calendar days from `start` (day 0). */
export function windowStatus(window: Window, start: string | undefined, today: string, advice: Advice): WindowStatus {
  if (!start) return { state: 'unknown' };
  const day = daysBetween(start, today);
  // Dates in the sentences are written for people ("1 March 2026"), as everywhere on the portal.
  const dates = {
    start: readableDate(start),
    today: readableDate(today),
    lastDay: readableDate(addDays(start, window.inclusive ? window.days : window.days - 1)),
  };
  const words = advice.window;
  if (day < 0) {
    return { state: 'not-started', text: fill(words.notStarted, dates), next: fill(words.checkDate, { start: dates.start }) };
  }
  const inside = window.inclusive ? day <= window.days : day < window.days;
  return inside
    ? { state: 'inside', text: fill(words.inside, { days: window.days, day, lastDay: dates.lastDay }) }
    : { state: 'expired', text: fill(words.expired, { days: window.days, day, start: dates.start, lastDay: dates.lastDay }) };
}

/** "12 agents and 1 bot": the parts of a size that were given, in the content's words. */
function describeSize(advice: Advice, agents?: number, bots?: number): string {
  const count = (n: number | undefined, words: { one: string; other: string }) =>
    n === undefined ? [] : [n === 1 ? words.one : fill(words.other, { n })];
  return [...count(agents, advice.size.agents), ...count(bots, advice.size.bots)].join(advice.size.join);
}

/** Whether the deployment is larger than the package's size guidance (T9). Never changes a verdict. */
export function sizeFit(data: CoverageData, pkg: PackageInfo, agents?: number, bots?: number): { fit: 'ok' | 'exceeds'; note?: Reason } {
  const guide = pkg.sizeGuidance;
  if (!guide) return { fit: 'ok' };
  const tooManyAgents = agents !== undefined && agents >= guide.agentsBelow;
  const tooManyBots = bots !== undefined && bots >= guide.botsBelow;
  if (!tooManyAgents && !tooManyBots) return { fit: 'ok' };
  const { size } = data.advice;
  const text = fill(size.note, {
    package: pkg.name,
    agentsBelow: guide.agentsBelow,
    botsBelow: guide.botsBelow,
    size: describeSize(data.advice, agents, bots),
    larger: packageInfo(data, size.larger).name,
  });
  return { fit: 'exceeds', note: { text, terms: guide.terms } };
}

/** The next step while answers are missing: which ones. */
const answerStep = (advice: Advice, missing: MissingAnswer[]): NextStep => ({
  kind: 'answer',
  missing,
  text: fill(advice.answer.text, { questions: missing.map((m) => advice.questions[m]).join(advice.answer.join) }),
  terms: [],
});

interface Outcome {
  verdict: 'covered' | 'not-covered' | 'not-stated';
  reasons: Reason[];
  conditions: string[];
  missing: MissingAnswer[];
  /** Set when the support start date is after today: what to do about the date. */
  checkDate?: string | undefined;
}

/** The package's own rule for an unmodified component, with its conditions applied. */
function applyRule(rule: PackageRule, request: CheckRequest, today: string, advice: Advice): Outcome {
  const outcome: Outcome = { verdict: rule.verdict, reasons: [{ text: rule.text, terms: rule.terms }], conditions: [], missing: [] };
  if (rule.verdict !== 'covered') return outcome;
  for (const condition of rule.conditions) {
    if (condition.kind === 'note') {
      outcome.conditions.push(condition.text);
      continue;
    }
    const status = windowStatus(condition, request.start, today, advice);
    if (status.state === 'unknown') {
      outcome.missing.push('start');
    } else if (status.state === 'not-started') {
      // The date, not the rule, is the news here: it leads.
      outcome.verdict = 'not-covered';
      outcome.reasons.unshift({ text: status.text, terms: rule.terms });
      outcome.checkDate = status.next;
    } else if (status.state === 'expired') {
      outcome.verdict = 'not-covered';
      outcome.reasons.push({ text: status.text, terms: rule.terms });
    } else {
      outcome.conditions.push(status.text);
    }
  }
  return outcome;
}

interface StepContext {
  pkg: PackageInfo;
  topic: TopicId;
  verdict: Answer['verdict'];
  modified: boolean;
  missing: MissingAnswer[];
  checkDate?: string | undefined;
}

/** What to do next, in the words of content/coverage/advice.yaml. */
function nextSteps(data: CoverageData, { pkg, topic, verdict, modified, missing, checkDate }: StepContext): NextStep[] {
  const { next } = data.advice;
  if (verdict === 'needs-info') return [answerStep(data.advice, missing)];
  if (verdict === 'covered' && pkg.channel !== 'none') {
    return [{ kind: 'send', channel: pkg.channel, ...next.send[pkg.channel] }];
  }
  if (verdict === 'not-stated') {
    const ask = next.ask[pkg.id];
    return [{ kind: 'ask', whom: ask.whom, text: ask.text, terms: ask.terms }];
  }
  const steps: NextStep[] = [];
  if (checkDate) steps.push({ kind: 'check-date', text: checkDate, terms: [] });
  if (modified || next.extend.topics.includes(topic)) {
    steps.push({ kind: 'extend', text: next.extend.text, terms: next.extend.terms });
  }
  if (!modified && !checkDate) {
    // Other packages that cover this topic, in package order.
    for (const other of data.packages) {
      const rule = other.id === pkg.id ? undefined : ruleFor(data, other.id, topic);
      if (rule?.verdict === 'covered') {
        steps.push({ kind: 'covered-by', package: other.id, text: fill(next.coveredBy, { package: other.name }), terms: rule.terms });
      }
    }
  }
  if (next.compare.packages.includes(pkg.id)) {
    steps.push({ kind: 'compare', text: next.compare.text, terms: next.compare.terms });
  }
  steps.push({ kind: 'community', text: next.community.text, terms: next.community.terms });
  return steps;
}

const collectTerms = (reasons: Reason[]) => sortTermIds(reasons.flatMap((r) => r.terms));

/** Answers a coverage question. `today` is the customer's date, "YYYY-MM-DD". */
export function evaluate(request: CheckRequest, data: CoverageData, today: string): Answer {
  const missing: MissingAnswer[] = [];
  if (!request.package) missing.push('package');
  if (!request.topic) missing.push('topic');
  if (!request.package || !request.topic) {
    return {
      verdict: 'needs-info',
      reasons: [],
      conditions: [],
      channel: 'none',
      priority: 'none',
      terms: [],
      fit: 'ok',
      missing,
      next: [answerStep(data.advice, missing)],
    };
  }
  const pkgId: PackageId = request.package;
  const pkg = packageInfo(data, pkgId);
  const rule = ruleFor(data, pkgId, request.topic);
  const base = applyRule(rule, request, today, data.advice);
  const { fit, note } = sizeFit(data, pkg, request.agents, request.bots);

  let outcome: Outcome;
  if (request.modified === true) {
    const policy = data.policies.modified;
    // A modified component is never covered; the package's own refusal, if any, still applies too.
    const own = base.verdict === 'not-covered' ? base.reasons : [];
    outcome = { verdict: 'not-covered', reasons: [{ text: policy.text, terms: policy.terms }, ...own], conditions: [], missing: [] };
  } else if (request.modified === undefined && !(base.verdict === 'not-covered' && base.missing.length === 0)) {
    // The answer would differ for a modified component: ask before answering.
    outcome = { ...base, missing: ['modified', ...base.missing] };
  } else {
    outcome = base;
  }

  const verdict = outcome.missing.length > 0 ? 'needs-info' : outcome.verdict;
  const handled = verdict === 'covered' || verdict === 'not-stated';
  return {
    verdict,
    reasons: outcome.reasons,
    conditions: verdict === 'covered' ? outcome.conditions : [],
    channel: handled ? rule.channel : 'none',
    priority: handled ? rule.priority : 'none',
    terms: collectTerms(outcome.reasons),
    fit,
    fitNote: note,
    missing: outcome.missing,
    next: nextSteps(data, {
      pkg,
      topic: request.topic,
      verdict,
      modified: request.modified === true,
      missing: outcome.missing,
      checkDate: outcome.checkDate,
    }),
  };
}
