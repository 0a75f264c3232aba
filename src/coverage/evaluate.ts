/**
 * The entitlement engine: whether a request is covered under a package, why
 * (with the terms), through which channel, and what to do next. Pure: the
 * coverage data and "today" come in as arguments.
 */
import type { Answer, CheckRequest, MissingAnswer, NextStep, Reason } from './answer';
import { addDays, daysBetween } from './dates';
import type { PackageId, TopicId } from './ids';
import { packageInfo, ruleFor, type CoverageData, type PackageInfo, type PackageRule } from './model';
import type { Condition } from './schema';
import { sortTermIds } from './terms';

type Window = Extract<Condition, { kind: 'window' }>;

type WindowStatus =
  | { state: 'inside'; text: string }
  | { state: 'expired'; text: string }
  | { state: 'unknown'; text?: string };

/** Where `today` falls in a window counted in calendar days from `start` (day 0). */
export function windowStatus(window: Window, start: string | undefined, today: string): WindowStatus {
  if (!start) return { state: 'unknown' };
  const day = daysBetween(start, today);
  if (day < 0) {
    return { state: 'unknown', text: `The support start date you gave, ${start}, is after today (${today}). Check the date.` };
  }
  const lastDay = addDays(start, window.inclusive ? window.days : window.days - 1);
  const inside = window.inclusive ? day <= window.days : day < window.days;
  return inside
    ? { state: 'inside', text: `Within ${window.days} calendar days of the support start date: today is day ${day}, and the last day is ${lastDay}.` }
    : { state: 'expired', text: `The ${window.days}-day window from the support start date (${start}) ended on ${lastDay}; today is day ${day}.` };
}

/** Whether the deployment is larger than the package's size guidance (T9). Never changes a verdict. */
export function sizeFit(pkg: PackageInfo, agents?: number, bots?: number): { fit: 'ok' | 'exceeds'; note?: Reason } {
  const guide = pkg.sizeGuidance;
  if (!guide) return { fit: 'ok' };
  const tooManyAgents = agents !== undefined && agents >= guide.agentsBelow;
  const tooManyBots = bots !== undefined && bots >= guide.botsBelow;
  if (!tooManyAgents && !tooManyBots) return { fit: 'ok' };
  const size = [agents !== undefined && `${agents} agents`, bots !== undefined && `${bots} bots`].filter(Boolean).join(' and ');
  return {
    fit: 'exceeds',
    note: {
      text: `${pkg.name} is recommended for fewer than ${guide.agentsBelow} agents and fewer than ${guide.botsBelow} bots, and you have ${size}. This is a recommendation, not a condition: the answer above still holds, but Enterprise is the package designed for a deployment this size.`,
      terms: guide.terms,
    },
  };
}

const QUESTIONS: Record<MissingAnswer, string> = {
  package: 'which support package you have',
  topic: 'what the request is about',
  modified: 'whether it concerns a component you have modified',
  start: 'the start date of your support package',
};

/** The next step while answers are missing: which ones. */
const answerStep = (missing: MissingAnswer[]): NextStep => ({
  kind: 'answer',
  missing,
  text: `Tell us ${missing.map((m) => QUESTIONS[m]).join(', and ')}.`,
  terms: [],
});

interface Outcome {
  verdict: 'covered' | 'not-covered' | 'not-stated';
  reasons: Reason[];
  conditions: string[];
  missing: MissingAnswer[];
}

/** The package's own rule for an unmodified component, with its conditions applied. */
function applyRule(rule: PackageRule, request: CheckRequest, today: string): Outcome {
  const outcome: Outcome = { verdict: rule.verdict, reasons: [{ text: rule.text, terms: rule.terms }], conditions: [], missing: [] };
  if (rule.verdict !== 'covered') return outcome;
  for (const condition of rule.conditions) {
    if (condition.kind === 'note') {
      outcome.conditions.push(condition.text);
      continue;
    }
    const status = windowStatus(condition, request.start, today);
    if (status.state === 'unknown') {
      outcome.missing.push('start');
      if (status.text) outcome.reasons.push({ text: status.text, terms: rule.terms });
    } else if (status.state === 'expired') {
      outcome.verdict = 'not-covered';
      outcome.reasons.push({ text: status.text, terms: rule.terms });
    } else {
      outcome.conditions.push(status.text);
    }
  }
  return outcome;
}

function nextSteps(data: CoverageData, pkg: PackageInfo, topic: TopicId, verdict: Answer['verdict'], modified: boolean, missing: MissingAnswer[]): NextStep[] {
  if (verdict === 'needs-info') {
    return [answerStep(missing)];
  }
  if (verdict === 'covered') {
    return pkg.channel === 'email'
      ? [{ kind: 'send', channel: 'email', text: 'Send the request to support by email, the package’s only channel.', terms: ['T11.5'] }]
      : [{ kind: 'send', channel: pkg.channel, text: 'Open a ticket with the support engineering staff.', terms: ['T3'] }];
  }
  if (verdict === 'not-stated') {
    return pkg.id === 'enterprise'
      ? [{ kind: 'ask', whom: 'account-manager', text: 'Ask your Technical Account Manager, your single point of contact at the vendor, before relying on it.', terms: ['T8'] }]
      : [{ kind: 'ask', whom: 'sales', text: 'Ask the vendor before relying on it.', terms: [] }];
  }
  const steps: NextStep[] = [];
  if (modified || topic === 'code-modification') {
    steps.push({ kind: 'extend', text: 'Make the change through the extension points (webhooks, APIs, events, triggers) or as a new component on top of the APIs, and keep the original components unmodified.', terms: ['T13'] });
  }
  if (!modified && pkg.id !== 'enterprise') {
    const enterprise = ruleFor(data, 'enterprise', topic);
    if (enterprise.verdict === 'covered') {
      steps.push({ kind: 'enterprise', text: 'The Enterprise package covers this.', terms: enterprise.terms });
    }
  }
  if (pkg.id === 'none') {
    steps.push({ kind: 'compare', text: 'Support packages are bought separately from the licence; compare what each one covers.', terms: ['T1', 'T2'] });
  }
  steps.push({ kind: 'community', text: 'Ask the community: the forum and chat are open to everyone.', terms: [] });
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
      next: [answerStep(missing)],
    };
  }
  const pkgId: PackageId = request.package;
  const pkg = packageInfo(data, pkgId);
  const rule = ruleFor(data, pkgId, request.topic);
  const base = applyRule(rule, request, today);
  const { fit, note } = sizeFit(pkg, request.agents, request.bots);

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
    next: nextSteps(data, pkg, request.topic, verdict, request.modified === true, outcome.missing),
  };
}
