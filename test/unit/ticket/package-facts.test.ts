import { describe, expect, it } from 'vitest';
import { mailboxFor, packageFactsFrom } from '../../../src/ticket/package-facts';

const SUPPORT = 'support@example.com';
const packages = [
  { id: 'pro', data: { name: 'Pro', channel: 'email' as const, channelTerms: ['T11.5'] } },
  { id: 'enterprise', data: { name: 'Enterprise', channel: 'ticket' as const, channelTerms: ['T3'] } },
  { id: 'none', data: { name: 'No package', channel: 'none' as const, channelTerms: ['T2'] } },
];

describe('mailboxFor', () => {
  it('sends an email-channel package to the support address unless it has its own', () => {
    expect(mailboxFor('email', undefined, SUPPORT)).toBe(SUPPORT);
    expect(mailboxFor('email', 'pro@example.com', SUPPORT)).toBe('pro@example.com');
  });

  it('never sends a ticket-channel package to the support (Pro) address', () => {
    expect(mailboxFor('ticket', undefined, SUPPORT)).toBeUndefined();
    expect(mailboxFor('ticket', 'enterprise@example.com', SUPPORT)).toBe('enterprise@example.com');
  });
});

describe('packageFactsFrom', () => {
  it('gives each package its mailbox and department, and lists the ticket packages left without a mailbox', () => {
    const { facts, withoutMailbox } = packageFactsFrom(packages, { enterprise: { tiledeskDepartment: 'a'.repeat(24) } }, SUPPORT);
    expect(facts.pro).toMatchObject({ name: 'Pro', channel: 'email', email: SUPPORT });
    expect(facts.enterprise).toMatchObject({ channel: 'ticket', email: undefined, tiledeskDepartment: 'a'.repeat(24) });
    expect(facts.none.email).toBeUndefined();
    expect(withoutMailbox).toEqual(['enterprise']);
  });

  it('has nothing to warn about once Enterprise has its own mailbox', () => {
    const { facts, withoutMailbox } = packageFactsFrom(packages, { enterprise: { email: 'ent@example.com' } }, SUPPORT);
    expect(facts.enterprise.email).toBe('ent@example.com');
    expect(withoutMailbox).toEqual([]);
  });
});
