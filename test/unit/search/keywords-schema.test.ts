import { expect, test } from 'vitest';
import { kbSchema } from '../../../src/schemas/kb';
import { docSchema } from '../../../src/schemas/docs';
import { keywordsMeta } from '../../../src/lib/search-keywords';

const doc = { title: 'T', description: 'D', section: 'install', order: 1 };

test('keywords default to none', () => {
  expect(docSchema.parse(doc).keywords).toEqual([]);
});

test('keywords accept words and short phrases', () => {
  expect(docSchema.parse({ ...doc, keywords: ['ssl', ' email not sent ', 'k8s', 'docker-compose'] }).keywords).toEqual([
    'ssl',
    'email not sent',
    'k8s',
    'docker-compose',
  ]);
});

test('a keyword that would break the metadata attribute is refused with what to write instead', () => {
  const result = kbSchema.safeParse({
    title: 'T',
    description: 'D',
    category: 'c',
    tags: ['t'],
    packages: ['pro'],
    updated: '2026-01-01',
    keywords: ['ok', 'semi"colon'],
  });
  expect(result.success).toBe(false);
  expect(result.error?.issues[0]).toMatchObject({ path: ['keywords', 1], message: expect.stringContaining('e.g. "ssl"') });
});

test('keywordsMeta writes the Pagefind metadata, or nothing for no keywords', () => {
  expect(keywordsMeta(['ssl', 'tls'])).toBe('keywords:ssl, tls');
  expect(keywordsMeta([])).toBeUndefined();
});
