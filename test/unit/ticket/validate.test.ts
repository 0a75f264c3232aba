/** The payload schema is the form's only validator: what it accepts, what it refuses, and what it tells the customer. */
import { describe, expect, test } from 'vitest';
import { emptyDraft, type Draft } from '../../../src/ticket/draft';
import { FIELD_ORDER } from '../../../src/ticket/fields';
import { ticketPayloadSchema } from '../../../src/ticket/schema';
import { answerFor, validateTicket } from '../../../src/ticket/validate';
import { loadCoverage } from '../../helpers/coverage-data';
import { TODAY, completeDraft } from '../../helpers/ticket-draft';

const coverage = loadCoverage();
const check = (draft: Draft, today = TODAY) => validateTicket(draft, answerFor(draft, coverage, today), today);
const errorsOf = (draft: Draft) => {
  const result = check(draft);
  return result.ok ? {} : Object.fromEntries(result.errors.map((e) => [e.field, e.message]));
};

describe('a complete draft', () => {
  test('becomes a payload with typed values and the re-evaluated verdict', () => {
    const result = check(completeDraft({ name: '  Ada   Lovelace ', agents: ' 6 ' }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.payload.version).toBe(1);
    expect(result.payload.ticket).toMatchObject({
      package: 'pro',
      topic: 'bug-fix',
      modified: false,
      supportStart: '2026-11-20',
      agents: 6,
      bots: 2,
      name: 'Ada Lovelace',
      severity: 2,
      components: ['widget', 'proxy'],
      acknowledgedVerdict: false,
    });
    expect(result.payload.coverage).toMatchObject({ verdict: 'covered', terms: ['T11.4'], checkedOn: TODAY });
    expect(result.payload.coverage.conditions.join(' ')).toContain('20 December 2026');
  });

  test('the schema accepts its own output unchanged: it defines the payload', () => {
    const result = check(completeDraft());
    if (!result.ok) throw new Error('expected a valid draft');
    expect(ticketPayloadSchema.parse(result.payload)).toEqual(result.payload);
  });

  test('optional fields left empty are absent from the payload', () => {
    const result = check(completeDraft({ agents: '', bots: '', logs: '   ', installOther: '' }));
    if (!result.ok) throw new Error('expected a valid draft');
    expect(Object.keys(result.payload.ticket)).not.toContain('agents');
    expect(Object.keys(result.payload.ticket)).not.toContain('logs');
    expect(Object.keys(result.payload.ticket)).not.toContain('installOther');
  });
});

describe('an empty draft', () => {
  test('lists one error per required field, in the order of the form, each saying what to do', () => {
    const result = check(emptyDraft());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.field)).toEqual([
      'package',
      'topic',
      'modified',
      'name',
      'email',
      'company',
      'contract',
      'version',
      'install',
      'components',
      'environment',
      'severity',
      'subject',
      'description',
    ]);
    const fields = result.errors.map((e) => e.field!);
    expect([...fields].sort((a, b) => FIELD_ORDER.indexOf(a) - FIELD_ORDER.indexOf(b))).toEqual(fields);
    for (const error of result.errors) expect(error.message).toMatch(/^(Enter|Choose|Answer|Describe)\b/);
    expect(result.errors[0]!.message).toBe('Choose your support package, or the option for no package if you bought none.');
  });
});

describe('single fields', () => {
  test.each([
    ['email', 'ada@', 'Enter an email address in the form name@example.com.'],
    ['subject', 'Bug', 'Make the subject at least 5 characters long, for example “Widget shows localhost”.'],
    ['description', 'Broken.', 'Describe the problem in at least 20 characters: what happened and what you expected instead.'],
    ['agents', 'ten', 'Enter the number of agents as a whole number from 0 to 100,000, or leave it empty.'],
    ['bots', '-1', 'Enter the number of bots as a whole number from 0 to 100,000, or leave it empty.'],
    ['agents', '-3', 'Enter the number of agents as a whole number from 0 to 100,000, or leave it empty.'],
    ['agents', '100001', 'Enter the number of agents as a whole number from 0 to 100,000, or leave it empty.'],
    ['supportStart', '2026-02-30', 'Enter the start date as a real date, for example 2026-01-31.'],
    ['severity', '5', 'Choose a severity, using the description under each level.'],
    ['package', 'gold', 'Choose your support package, or the option for no package if you bought none.'],
    ['install', 'ftp', 'Choose how Tiledesk is installed.'],
  ] as const)('%s = %j is refused with a message that says how to fix it', (field, value, message) => {
    expect(errorsOf(completeDraft({ [field]: value }))[field]).toBe(message);
  });

  test('every length limit is enforced', () => {
    expect(errorsOf(completeDraft({ subject: 'x'.repeat(151) })).subject).toBe('Shorten this to 150 characters or fewer.');
    expect(errorsOf(completeDraft({ logs: 'x'.repeat(20_001) })).logs).toContain('Logs are limited to 20,000 characters');
    expect(errorsOf(completeDraft({ subject: 'x'.repeat(150), logs: 'x'.repeat(20_000) }))).toEqual({});
  });

  test('components must come from the list, at least one', () => {
    expect(errorsOf(completeDraft({ components: [] })).components).toBe('Choose at least one component, or “Not sure”.');
    expect(errorsOf(completeDraft({ components: ['kernel'] })).components).toBe('Choose components from the list.');
  });
});

describe('rules between fields', () => {
  test('the contract reference is required, except without a support package', () => {
    expect(errorsOf(completeDraft({ contract: ' ' })).contract).toMatch(/^Enter your licence or contract reference/);
    const none = completeDraft({ package: 'none', contract: '', acknowledgedVerdict: true });
    expect(errorsOf(none)).toEqual({});
  });

  test('"Other" install method needs words', () => {
    expect(errorsOf(completeDraft({ install: 'other' })).installOther).toBe('Describe how Tiledesk is installed, since you chose “Other”.');
    expect(errorsOf(completeDraft({ install: 'other', installOther: 'Nomad job' }))).toEqual({});
  });

  test('steps are required for a problem (severity 1–3) but not for a question (4)', () => {
    for (const severity of ['1', '2', '3']) {
      expect(errorsOf(completeDraft({ severity, steps: '' })).steps).toMatch(/^List the steps/);
    }
    expect(errorsOf(completeDraft({ severity: '4', steps: '' }))).toEqual({});
  });

  test('the support start date is required where the verdict depends on it, and must not be in the future', () => {
    expect(errorsOf(completeDraft({ supportStart: '' })).supportStart).toMatch(/^Enter the start date of your support package/);
    expect(errorsOf(completeDraft({ supportStart: '2026-12-01' })).supportStart).toBe(
      'The start date is after today. Check it against your purchase order.',
    );
    // Not for a topic without a window.
    expect(errorsOf(completeDraft({ topic: 'onboarding', supportStart: '' }))).toEqual({});
    // Not while the package or topic is still missing: those fields get their own errors.
    expect(errorsOf(completeDraft({ package: '', supportStart: '' })).supportStart).toBeUndefined();
  });

  test('a request that is not covered is sent only after the customer acknowledges it, and says so', () => {
    const expired = completeDraft({ supportStart: '2026-01-01' });
    expect(errorsOf(expired).acknowledgedVerdict).toBe(
      'Tick the box to send a request your package may not cover, or change your answers above.',
    );
    const result = check({ ...expired, acknowledgedVerdict: true });
    if (!result.ok) throw new Error('expected a valid draft');
    expect(result.payload.coverage.verdict).toBe('not-covered');
    expect(result.payload.ticket.acknowledgedVerdict).toBe(true);
  });

  test('an acknowledgement left over from an earlier verdict does not travel with a covered request', () => {
    const result = check(completeDraft({ acknowledgedVerdict: true }));
    if (!result.ok) throw new Error('expected a valid draft');
    expect(result.payload.coverage.verdict).toBe('covered');
    expect(result.payload.ticket.acknowledgedVerdict).toBe(false);
  });

  test('a modified component is not covered under any package, citing T14–T16', () => {
    for (const pkg of ['pro', 'enterprise']) {
      const result = check(completeDraft({ package: pkg, modified: 'yes', acknowledgedVerdict: true }));
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      expect(result.payload.coverage.verdict).toBe('not-covered');
      expect(result.payload.coverage.terms).toEqual(expect.arrayContaining(['T14', 'T15', 'T16']));
    }
  });

  test('a topic the terms are silent on needs the acknowledgement too', () => {
    const draft = completeDraft({ package: 'enterprise', topic: 'logo-removal' });
    expect(answerFor(draft, coverage, TODAY).verdict).toBe('not-stated');
    expect(errorsOf(draft).acknowledgedVerdict).toBeDefined();
  });

  test('the size note (T9) travels with the verdict without changing it', () => {
    const result = check(completeDraft({ agents: '40' }));
    if (!result.ok) throw new Error('expected a valid draft');
    expect(result.payload.coverage.verdict).toBe('covered');
    expect(result.payload.coverage.sizeNote).toContain('40 agents');
  });
});

describe('hostile or messy input', () => {
  test('line breaks and control characters cannot reach single-line fields', () => {
    const result = check(completeDraft({ subject: 'Broken\r\nBcc: victim@example.com\u0000', name: 'Ada\u0007 Lovelace' }));
    if (!result.ok) throw new Error('expected a valid draft');
    expect(result.payload.ticket.subject).toBe('Broken Bcc: victim@example.com');
    expect(result.payload.ticket.name).toBe('Ada Lovelace');
  });

  test('multi-line text keeps its line breaks, normalised, and loses lone surrogates', () => {
    const result = check(completeDraft({ description: 'First line of the problem\r\nsecond line \uD800 end' }));
    if (!result.ok) throw new Error('expected a valid draft');
    expect(result.payload.ticket.description).toBe('First line of the problem\nsecond line \uFFFD end');
  });
});
