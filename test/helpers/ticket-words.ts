/** The words a ticket text needs, from the real content (as src/pages/ticket.astro builds them). */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import type { TicketWords } from '../../src/ticket/text';
import { loadCoverage } from './coverage-data';

export function ticketWords(): TicketWords {
  const coverage = loadCoverage();
  const severities = (
    load(readFileSync('content/support/severities.yaml', 'utf8')) as { severities: { levels: { level: number; title: string }[] } }
  ).severities;
  return {
    portalName: 'Tiledesk Self-Hosted Support',
    packages: Object.fromEntries(coverage.packages.map((p) => [p.id, p.name])) as TicketWords['packages'],
    topics: Object.fromEntries(coverage.topics.map((t) => [t.id, t.label])) as TicketWords['topics'],
    severities: Object.fromEntries(severities.levels.map((l) => [l.level, l.title])),
  };
}
