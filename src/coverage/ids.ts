/**
 * Stable identifiers from docs/ARCHITECTURE.md. URLs, tests and integrations depend on
 * them, so they are code, not content: adding one is a deliberate change.
 */
export const PACKAGE_IDS = ['pro', 'enterprise', 'none'] as const;
export type PackageId = (typeof PACKAGE_IDS)[number];

export const TOPIC_IDS = [
  'install-docs',
  'install-help',
  'onboarding',
  'bug-fix',
  'code-modification',
  'third-party-install',
  'logo-removal',
  'platform-upgrade',
  'account-manager',
  'engineering-contact',
  'roadmap-preview',
  'best-practice',
  'health-check',
  'scalability-testing',
  'product-training',
] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

export const CHANNELS = ['email', 'ticket', 'none'] as const;
export type Channel = (typeof CHANNELS)[number];

export const PRIORITIES = ['highest', 'best-effort', 'none'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** A term id from support-terms.md: `T11`, or one numbered item of it, `T11.4`. */
export const TERM_ID_PATTERN = /^T\d{1,2}(\.\d{1,2})?$/;
