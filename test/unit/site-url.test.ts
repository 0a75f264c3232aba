import { describe, expect, test } from 'vitest';
import { parseBasePath, siteUrl, withBase, withoutBase } from '../../src/lib/site-url';

describe('PORTAL_BASE_PATH', () => {
  test('unset or empty is the root', () => {
    expect(parseBasePath(undefined)).toBe('/');
    expect(parseBasePath('')).toBe('/');
  });

  test('a path that starts and ends with "/" is taken as written', () => {
    expect(parseBasePath('/support/')).toBe('/support/');
    expect(parseBasePath('/help/self-hosted/')).toBe('/help/self-hosted/');
  });

  test.each([
    ['support/', 'must start with "/"'],
    ['/support', 'must end with "/"'],
    ['/support/?x=1/', 'must not hold a query'],
    ['/support/#top/', 'must not hold a query ("?") or a fragment'],
    ['/sup port/', 'must not hold spaces'],
    ['/support//docs/', 'must not hold "//"'],
    ['/support/../', 'must not hold "." or ".." segments'],
    ['/./', 'must not hold "." or ".." segments'],
  ])('%j is refused: %s', (value, reason) => {
    expect(() => parseBasePath(value)).toThrow(reason);
    // The message names the setting and how to fix it.
    expect(() => parseBasePath(value)).toThrow(`PORTAL_BASE_PATH=${JSON.stringify(value)}`);
    expect(() => parseBasePath(value)).toThrow('e.g. PORTAL_BASE_PATH=/support/');
  });
});

describe('site URLs', () => {
  test('withBase puts a site path under the base path', () => {
    expect(withBase('/kb/x/', '/support/')).toBe('/support/kb/x/');
    expect(withBase('/', '/support/')).toBe('/support/');
    expect(withBase('/ticket/?package=pro#top', '/support/')).toBe('/support/ticket/?package=pro#top');
    expect(withBase('/kb/x/', '/')).toBe('/kb/x/');
  });

  test("without a base given, withBase uses this build's (the root under vitest)", () => {
    expect(withBase('/kb/x/')).toBe('/kb/x/');
  });

  test('withBase refuses what is not a site path', () => {
    expect(() => withBase('kb/x/', '/support/')).toThrow('expected a site path');
    expect(() => withBase('//evil.example/', '/support/')).toThrow('expected a site path');
  });

  test('withoutBase gives the site path back, and leaves paths outside the base alone', () => {
    expect(withoutBase('/support/kb/x/', '/support/')).toBe('/kb/x/');
    expect(withoutBase('/support/', '/support/')).toBe('/');
    expect(withoutBase('/kb/x/', '/support/')).toBe('/kb/x/');
  });

  test('siteUrl is absolute, on the public host, under the base path', () => {
    expect(siteUrl('/kb/feed.xml', new URL('https://help.example.com'), '/support/')).toBe('https://help.example.com/support/kb/feed.xml');
    expect(siteUrl('/', 'https://help.example.com', '/')).toBe('https://help.example.com/');
  });
});
