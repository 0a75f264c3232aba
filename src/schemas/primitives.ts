/**
 * Small zod building blocks shared by the content schemas. Each one carries
 * an error message that tells the editor what to write instead.
 */
import { z } from 'astro/zod';
import { isRealIsoDate } from '../coverage/dates';

export { isRealIsoDate };
// Identifiers shared with the coverage engine are defined there, once.
export { packageId, termId, topicId } from '../coverage/schema';

/** A URL-safe identifier: lowercase letters, digits and single hyphens. */
export const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
  error: 'expected a slug of lowercase letters, digits and hyphens, e.g. "docker-compose"',
});

/**
 * A calendar date written as a quoted "YYYY-MM-DD" string.
 *
 * Unquoted YAML dates are refused on purpose: the YAML parser turns them into
 * timestamps and silently rolls impossible dates (2026-02-30) into real ones,
 * so a typo would publish the wrong date instead of failing.
 */
export const isoDate = z.union([z.string(), z.date()]).transform((value, ctx) => {
  if (value instanceof Date) {
    ctx.addIssue({
      code: 'custom',
      message:
        'write the date in quotes, e.g. "2026-07-01": unquoted YAML dates are turned into timestamps and impossible ones (2026-02-30) silently become another day',
    });
    return z.NEVER;
  }
  if (!isRealIsoDate(value)) {
    ctx.addIssue({
      code: 'custom',
      message: `expected a real calendar date written "YYYY-MM-DD"; got ${JSON.stringify(value)}`,
    });
    return z.NEVER;
  }
  return value;
});

/** A non-empty line of text (titles, labels). */
export const text = z
  .string({
    error: (issue) => (issue.input === undefined ? 'required: this field is missing' : `expected text; got ${typeof issue.input}`),
  })
  .trim()
  .min(1, { error: 'expected non-empty text' });

/** An absolute https:// address (plain http and other schemes are refused: the site links only to secure pages). */
export const httpsUrl = z.url({
  protocol: /^https$/,
  error: 'expected an absolute https:// URL, e.g. "https://github.com/Tiledesk/tiledesk/issues/10"',
});
