import { describe, expect, test } from 'vitest';
import { landingUrl, matchedSections, textDirective, type PagefindSubResult } from '../../../src/lib/search-landing';

const sub = (url: string, excerpt: string, scores: number[], anchor = url.includes('#')): PagefindSubResult => ({
  title: url.split('#')[1] ?? 'Page',
  url,
  excerpt,
  anchor: anchor ? { id: url.split('#')[1]! } : undefined,
  weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
});

describe('textDirective', () => {
  test('quotes the marked word and the words after it, up to four', () => {
    expect(textDirective('Set <mark>EMAIL_ENABLED</mark> to true in the env file')).toBe(':~:text=EMAIL_ENABLED%20to%20true%20in');
  });
  test('stops at punctuation, where Pagefind may have joined two blocks', () => {
    expect(textDirective('the <mark>emails.</mark> Often nothing')).toBe(':~:text=emails');
    expect(textDirective('<mark>SMTP</mark> login: the user')).toBe(':~:text=SMTP%20login');
  });
  test('escapes the characters of the directive syntax', () => {
    expect(textDirective('<mark>docker-compose</mark> exec server, then')).toBe(':~:text=docker%2Dcompose%20exec%20server');
    expect(textDirective('<mark>&amp;amp</mark> x')).toBe(':~:text=amp%20x');
  });
  test('quotes no match inside the leading title, which menus before the content repeat', () => {
    expect(textDirective('<mark>Docker</mark> Compose. Install with <mark>Docker</mark> here', 'Docker Compose')).toBe(
      ':~:text=Docker%20here',
    );
    expect(textDirective('<mark>Upgrading.</mark> Back up first', 'Upgrading')).toBeUndefined();
    expect(textDirective('Upgrading. <mark>Back</mark> up first', 'Upgrading')).toBe(':~:text=Back%20up%20first');
    // An excerpt may start inside the title.
    expect(textDirective('with <mark>Docker</mark> Compose. Run on one <mark>Docker</mark> host: it', 'Install with Docker Compose')).toBe(
      ':~:text=Docker%20host',
    );
    // A title the excerpt does not start with skips nothing.
    expect(textDirective('see <mark>Docker</mark> Compose', 'Docker Compose')).toBe(':~:text=Docker%20Compose');
    expect(textDirective('<mark>Compose</mark> file first', 'Docker Compose')).toBe(':~:text=Compose%20file%20first');
  });
  test('gives nothing when no word is marked', () => {
    expect(textDirective('plain text')).toBeUndefined();
  });
});

test('landingUrl adds the text fragment after the heading anchor, or after "#" at the top of a page', () => {
  expect(landingUrl(sub('/kb/x/#fix', 'run <mark>certbot</mark> now', [1]))).toBe('/kb/x/#fix:~:text=certbot%20now');
  expect(landingUrl(sub('/kb/x/', 'run <mark>certbot</mark>', [1]))).toBe('/kb/x/#:~:text=certbot');
  expect(landingUrl(sub('/kb/x/#fix', 'nothing marked', [1]))).toBe('/kb/x/#fix');
  // The match is the section's heading only: the anchor alone leads there.
  expect(landingUrl(sub('/kb/x/#fix', '<mark>fix.</mark> Restart', [1]))).toBe('/kb/x/#fix');
});

describe('matchedSections', () => {
  const page = [
    sub('/kb/x/', 'intro <mark>a</mark>', [1], false),
    sub('/kb/x/#cause', '<mark>a</mark>', [2]),
    sub('/kb/x/#fix', '<mark>a</mark> b', [5, 4]),
    sub('/kb/x/#more', '<mark>a</mark>', [1]),
    sub('/kb/x/#last', '<mark>a</mark>', [3]),
  ];
  test('the best section has the most weighted hits', () => {
    expect(matchedSections(page).best?.url).toBe('/kb/x/#fix:~:text=a%20b');
  });
  test('lists the three best sections with a heading, in page order', () => {
    expect(matchedSections(page).sections.map((s) => s.title)).toEqual(['cause', 'fix', 'last']);
  });
  test('a page matched only before its first heading lists no sections', () => {
    expect(matchedSections([page[0]!])).toEqual({ best: expect.objectContaining({ url: '/kb/x/#:~:text=a' }), sections: [] });
  });
});
