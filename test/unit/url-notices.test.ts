/** URL values shown back in notices: shortened, bidi-isolated, few. */
import { expect, test } from 'vitest';
import { MAX_SHOWN_NOTICES, isolateUrlValue, moreNoticesText, quoteUrlValue, summarizeNotices } from '../../src/lib/url-notices';

test('plain ASCII values are quoted as before', () => {
  expect(quoteUrlValue('bug-fix')).toBe('"bug-fix"');
  expect(quoteUrlValue('<b>bold</b>')).toBe('"<b>bold</b>"');
  expect(quoteUrlValue('say "hi"\n')).toBe('"say \\"hi\\"\\n"');
});

test('long values are cut at 40 characters, never inside a character', () => {
  expect(quoteUrlValue('x'.repeat(1000))).toBe(`\u2068"${'x'.repeat(40)}…"\u2069`);
  const emoji = '😀'.repeat(50);
  const quoted = quoteUrlValue(emoji);
  expect(Array.from(quoted.slice(2, -3))).toHaveLength(40);
  expect(quoted).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/); // no lone high surrogate
});

test('a right-to-left override is shown as its code and cannot act on what follows', () => {
  const quoted = quoteUrlValue('abc\u202Edef');
  expect(quoted).toBe('"abc[U+202E]def"');
  expect(quoted).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  // A value that tries to close the isolate early is neutralised the same way.
  expect(quoteUrlValue('\u2069\u202Eevil')).toBe('"[U+2069][U+202E]evil"');
});

test('right-to-left text is wrapped in first-strong-isolate … pop-directional-isolate', () => {
  const quoted = quoteUrlValue('שלום');
  expect(quoted).toBe('\u2068"שלום"\u2069');
  const sentence = `topic=${quoted} was ignored.`;
  expect(sentence.indexOf('\u2069')).toBeLessThan(sentence.indexOf(' was ignored'));
});

test('at most a few notices, then "and N more"; never "and 1 more"', () => {
  const list = (n: number) => Array.from({ length: n }, (_, i) => i);
  expect(summarizeNotices(list(2))).toEqual({ shown: [0, 1], more: 0 });
  expect(summarizeNotices(list(MAX_SHOWN_NOTICES + 1))).toEqual({ shown: list(MAX_SHOWN_NOTICES + 1), more: 0 });
  expect(summarizeNotices(list(500))).toEqual({ shown: list(MAX_SHOWN_NOTICES), more: 500 - MAX_SHOWN_NOTICES });
  expect(moreNoticesText(2)).toBe('and 2 more values were ignored.');
});

test('isolateUrlValue: the same protection, for a caller that quotes the value itself', () => {
  expect(isolateUrlValue('bogus')).toBe('bogus');
  expect(isolateUrlValue('a\u202Eb\nc')).toBe('a[U+202E]b[U+000A]c');
  expect(isolateUrlValue('مرحبا')).toBe('\u2068مرحبا\u2069');
});
