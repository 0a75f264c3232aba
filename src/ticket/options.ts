/**
 * The closed lists the ticket form offers. Their ids travel in the endpoint
 * payload, so they are stable; the labels are what the customer reads and what
 * the email says.
 */

/** How Tiledesk was installed (the install guides cover the first three). */
export const INSTALL_METHODS = [
  { id: 'compose', label: 'Docker Compose' },
  { id: 'helm', label: 'Helm on Kubernetes' },
  { id: 'npm', label: 'npm or from source' },
  { id: 'other', label: 'Other' },
] as const;
export type InstallMethod = (typeof INSTALL_METHODS)[number]['id'];

/** Whether the request concerns a component the customer changed (T14–T16: modified components are not covered). */
export const MODIFIED_ANSWERS = [
  { id: 'no', label: 'No, only original components' },
  { id: 'yes', label: 'Yes, a component we modified' },
] as const;

/** Whether the affected installation is production. */
export const ENVIRONMENTS = [
  { id: 'production', label: 'Production' },
  { id: 'non-production', label: 'Not production (staging, test or development)' },
] as const;
export type Environment = (typeof ENVIRONMENTS)[number]['id'];

/** The parts of a self-hosted installation a problem can sit in (the services of the compose file). */
export const COMPONENTS = [
  { id: 'server', label: 'Tiledesk Server (REST and WebSocket API)' },
  { id: 'dashboard', label: 'Dashboard (admin and agent console)' },
  { id: 'design-studio', label: 'Design Studio' },
  { id: 'chatbot', label: 'Chatbot engine' },
  { id: 'widget', label: 'Web widget' },
  { id: 'ionic', label: 'Agent chat (Chat21 Ionic)' },
  { id: 'chat21-server', label: 'Chat21 server (messaging engine)' },
  { id: 'chat21-http-server', label: 'Chat21 HTTP server (chat API)' },
  { id: 'llm', label: 'Knowledge base and AI (backend-llm, Qdrant)' },
  { id: 'mongodb', label: 'MongoDB' },
  { id: 'rabbitmq', label: 'RabbitMQ' },
  { id: 'redis', label: 'Redis' },
  { id: 'proxy', label: 'Proxy or ingress' },
  { id: 'not-sure', label: 'Not sure' },
] as const;
export type ComponentId = (typeof COMPONENTS)[number]['id'];

/** Severity levels, 1 (production down) to 4 (question). Their words live in content/support/severities.yaml. */
export const SEVERITY_LEVELS = [1, 2, 3, 4] as const;
export type SeverityLevel = (typeof SEVERITY_LEVELS)[number];

/** The label of an option, or the id itself for a value not in the list. */
export const labelOf = (list: readonly { id: string; label: string }[], id: string) => list.find((item) => item.id === id)?.label ?? id;
