/** The entitlement engine's public surface. Pure TypeScript and zod: no Astro, React or DOM. */
export * from './answer';
export { describeCondition } from './conditions';
export { addDays, daysBetween, isRealIsoDate, localToday } from './dates';
export { evaluate, sizeFit, windowStatus } from './evaluate';
export * from './ids';
export { packageInfo, ruleFor, type CoverageData, type PackageInfo, type PackageRule, type SizeGuidance } from './model';
export { CHECK_PARAMS, MAX_SIZE, parseCheckParams, toCheckParams, type Notice } from './params';
export { recommend, type Needs, type Recommendation, type ServiceNote } from './recommend';
export type { Condition, Policies, Rule, RuleVerdict, Topic } from './schema';
export { compareTermIds, sortTermIds } from './terms';
