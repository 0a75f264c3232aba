/** The plain-text ticket: every answer, the verdict with its terms, and a subject support can triage on. */
import { describe, expect, test } from 'vitest';
import type { Draft } from '../../../src/ticket/draft';
import { textFileHref, ticketFileName, ticketSubject, ticketText } from '../../../src/ticket/text';
import { answerFor, validateTicket } from '../../../src/ticket/validate';
import { loadCoverage } from '../../helpers/coverage-data';
import { TODAY, completeDraft } from '../../helpers/ticket-draft';
import { ticketWords } from '../../helpers/ticket-words';

const coverage = loadCoverage();
const words = ticketWords();
const payloadOf = (draft: Draft) => {
  const result = validateTicket(draft, answerFor(draft, coverage, TODAY), TODAY);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.payload;
};

describe('ticketText', () => {
  test('states every answer, with the words the customer chose from', () => {
    const draft = completeDraft({ install: 'other', installOther: 'Nomad job' });
    const text = ticketText(payloadOf(draft), words);
    for (const value of [
      draft.name,
      draft.email,
      draft.company,
      draft.contract,
      draft.version,
      draft.subject,
      draft.description,
      draft.steps,
      draft.logs,
      'Nomad job',
    ]) {
      expect(text).toContain(value);
    }
    expect(text).toContain('Package: Pro');
    // Dates are written as everywhere else on the portal; the JSON payload keeps YYYY-MM-DD.
    expect(text).toContain('Support start date: 20 November 2026');
    expect(text).toContain(`Topic: ${words.topics['bug-fix']}`);
    expect(text).toContain('Severity: 2 – (Production/Development) Major Impact');
    expect(text).toContain('Install method: Other (Nomad job)');
    expect(text).toContain('Components affected: Web widget; Proxy or ingress');
    expect(text).toContain('Modified components: no, the components involved are original');
    expect(text).toContain('Environment: Production');
    expect(text).toContain('Deployment size: 6 agents, 2 bots');
  });

  test('states the verdict with its terms and the date it was checked', () => {
    const text = ticketText(payloadOf(completeDraft()), words);
    expect(text).toContain('Coverage: Covered (T11.4), as checked by the portal on 26 November 2026');
    expect(text).toMatch(/Condition: Within 30 calendar days .* 20 December 2026\./);
  });

  test('a request that is not covered says so, and that the customer chose to send it', () => {
    const payload = payloadOf(completeDraft({ modified: 'yes', acknowledgedVerdict: true }));
    const text = ticketText(payload, words);
    expect(text).toContain('Coverage: NOT COVERED (T14, T15, T16)');
    expect(text).toContain('chose to send the request anyway');
    expect(text).toContain('Modified components: yes');
    expect(ticketSubject(payload, words)).toBe('[Pro · Sev 2 · not covered] Widget shows localhost after domain change');
  });

  test('empty optional answers are named, not left blank', () => {
    const text = ticketText(payloadOf(completeDraft({ severity: '4', steps: '', logs: '', agents: '', bots: '' })), words);
    expect(text).toContain('Deployment size: not given');
    expect(text).toMatch(/Steps to reproduce\n-+\n\(none given\)/);
    expect(text).toMatch(/Logs\n-+\n\(none pasted/);
  });

  test('the subject leads with package and severity', () => {
    expect(ticketSubject(payloadOf(completeDraft()), words)).toBe('[Pro · Sev 2] Widget shows localhost after domain change');
  });
});

describe('the downloadable file', () => {
  test('is named after the date and holds exactly the text', () => {
    const payload = payloadOf(completeDraft({ description: 'Ünïcödé text, emoji 🚀, and a line\nbreak in it.' }));
    const text = ticketText(payload, words);
    expect(ticketFileName(payload)).toBe(`support-request-${TODAY}.txt`);
    const href = textFileHref(text);
    expect(href.startsWith('data:text/plain;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(href.slice('data:text/plain;charset=utf-8,'.length))).toBe(text);
  });
});
