/** Drafts for the ticket tests: one complete and valid, to break one field at a time. */
import { emptyDraft, type Draft } from '../../src/ticket/draft';

/** A draft's idempotency key, as newDraftKey makes them. */
export const KEY = '0b7e2f6c-5d1a-4c3b-9e8f-1a2b3c4d5e6f';

/** The customer's date in these tests. */
export const TODAY = '2026-11-26';

/** A Pro bug report inside the 30-day window: every field answered, valid. */
export function completeDraft(overrides: Partial<Draft> = {}): Draft {
  return {
    ...emptyDraft(),
    package: 'pro',
    topic: 'bug-fix',
    modified: 'no',
    supportStart: '2026-11-20',
    agents: '6',
    bots: '2',
    name: 'Ada Lovelace',
    email: 'ada@example.com',
    company: 'Analytical Engines Ltd',
    contract: 'PO-2026-0412',
    version: 'tiledesk-server 2.13.23-op1',
    install: 'compose',
    components: ['widget', 'proxy'],
    environment: 'production',
    severity: '2',
    subject: 'Widget shows localhost after domain change',
    description: 'The widget loads launch.js from http://localhost:8081 instead of our domain.',
    steps: '1. Set EXTERNAL_BASE_URL\n2. docker-compose up -d\n3. Open the site',
    logs: '14:02 GET /widget/launch.js 404',
    ...overrides,
  };
}
