/**
 * content/support/: the severities, response targets and upload limits the
 * ticket form shows. The facts must be the reference's exactly; the schemas
 * must refuse a broken file with a message that says what to write.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { checkSeverityTerms, severitiesSchema } from '../../../src/schemas/severities';
import { uploadsSchema } from '../../../src/schemas/uploads';

const yaml = (path: string) => load(readFileSync(path, 'utf8')) as Record<string, unknown>;
const severities = severitiesSchema.parse(yaml('content/support/severities.yaml')['severities']);
const uploads = uploadsSchema.parse(yaml('content/support/uploads.yaml')['uploads']);
const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('severities.yaml', () => {
  test('the Service Level Targets are the vendor table, exactly (tiledesk-facts §8)', () => {
    expect(severities.levels.map(({ level, title, firstResponse, updates }) => [level, title, firstResponse, updates])).toEqual([
      [1, 'Production System Down', '2 business hours', 'every business hour'],
      [2, '(Production/Development) Major Impact', '4 business hours', 'every 2 business days'],
      [3, '(Production/Development) Minor Impact', '1 business day', 'every 3 business days'],
      [4, 'Question/How-to/Enhancement', '2 business days', 'every 5 business days'],
    ]);
  });

  test('both vendor pages are listed with the plan each names: they disagree', () => {
    expect(severities.targets.sources).toEqual([
      { url: 'https://guide.tiledesk.com/service-level-targets-slts', plan: 'Custom Plan' },
      { url: 'https://docs.tiledesk.com/knowledge-base/service-level-targets-slts/', plan: 'Enterprise Plan' },
    ]);
    expect(severities.targets.installations).toBe('Cloud and On-premise installations');
    expect(severities.targets.conditions.join(' ')).toMatch(/purchase order/);
    expect(severities.targets.conditions.join(' ')).toMatch(/payments/);
  });

  test('per package: Pro is best effort without targets (T10), Enterprise has them (T5), no package gets no answer (T2)', () => {
    expect(severities.packages.pro).toMatchObject({ targets: false, terms: ['T10'] });
    expect(severities.packages.pro.text).toMatch(/best effort.*no SLA/);
    expect(severities.packages.enterprise).toMatchObject({ targets: true, terms: ['T5'] });
    expect(severities.packages.enterprise.text).toMatch(/disagree/);
    expect(severities.packages.none).toMatchObject({ targets: false, terms: ['T2'] });
  });

  test('a level out of order or missing is refused', () => {
    const raw = yaml('content/support/severities.yaml')['severities'] as { levels: unknown[] };
    const swapped = { ...raw, levels: [raw.levels[1], raw.levels[0], raw.levels[2], raw.levels[3]] };
    expect(issues(severitiesSchema.safeParse(swapped))).toEqual(['levels: list each severity level exactly once, in the order 1, 2, 3, 4']);
    const five = { ...raw, levels: [...raw.levels.slice(0, 3), { ...(raw.levels[3] as object), level: 5 }] };
    expect(issues(severitiesSchema.safeParse(five))).toContain('levels.3.level: expected a severity level: 1, 2, 3 or 4');
  });

  test('a package without an entry, or a term that does not exist, is named', () => {
    const raw = yaml('content/support/severities.yaml')['severities'] as { packages: Record<string, unknown> };
    const { none: _, ...twoPackages } = raw.packages;
    expect(issues(severitiesSchema.safeParse({ ...raw, packages: twoPackages })).join('\n')).toMatch(/^packages\.none: /m);
    expect(checkSeverityTerms(severities, new Set(['T5', 'T10']))).toEqual([
      {
        file: 'content/support/severities.yaml',
        field: 'packages.none.terms[0]',
        message: 'term "T2" does not exist; cite an id from content/terms.yaml, e.g. "T10"',
      },
    ]);
  });
});

describe('uploads.yaml', () => {
  test('the limits are the server defaults, exactly (tiledesk-facts §5)', () => {
    expect(uploads.sizeLimit).toEqual({ variable: 'MAX_UPLOAD_FILE_SIZE', defaultBytes: 1_024_000, helmBytes: 10_240_000 });
    expect(uploads.allowList).toEqual({ variable: 'CHAT_FILES_ALLOW_LIST', extensions: ['.jpg', '.jpeg', '.png', '.gif', '.pdf', '.txt'] });
  });

  test('a wrong value names what to write instead', () => {
    expect(issues(uploadsSchema.safeParse({ ...uploads, sizeLimit: { ...uploads.sizeLimit, defaultBytes: '1 MB' } }))).toEqual([
      'sizeLimit.defaultBytes: expected a whole number of bytes, e.g. 1024000',
    ]);
    expect(issues(uploadsSchema.safeParse({ ...uploads, allowList: { ...uploads.allowList, extensions: ['PDF'] } }))).toEqual([
      'allowList.extensions.0: expected a lowercase file extension with its dot, e.g. ".txt"',
    ]);
  });
});
