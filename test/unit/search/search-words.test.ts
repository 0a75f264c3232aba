import { expect, test } from 'vitest';
import { vocabularyText } from '../../../src/integrations/pagefind';
import { parseWordList, vocabularyOf, wordsOf } from '../../../src/lib/search-words';

test('wordsOf keeps runs of 3 to 24 letters, lower-cased, and splits identifiers', () => {
  expect(wordsOf('Set MONGO_URI to mongodb://mongo:27017 in the .env')).toEqual(['set', 'mongo', 'uri', 'mongodb', 'mongo', 'the', 'env']);
  expect(wordsOf('a'.repeat(25))).toEqual([]);
});

test('vocabularyOf puts the words most pages use first, and keeps at most the limit', () => {
  const pages = ['docker compose docker', 'docker helm', 'helm docker kubernetes'];
  expect(vocabularyOf(pages)).toEqual(['docker', 'helm', 'compose', 'kubernetes']);
  expect(vocabularyOf(pages, 2)).toEqual(['docker', 'helm']);
});

test('parseWordList reads one word per line and skips blank lines', () => {
  expect(parseWordList('docker\nhelm\n\n')).toEqual(['docker', 'helm']);
});

test('vocabularyText reads the headings, the lead and the keywords of an indexed page', () => {
  const html =
    '<header><h2>Menu</h2></header><main id="main" data-pagefind-body data-pagefind-filter="section:kb">' +
    '<article data-pagefind-meta="keywords:ssl, tls"><h1>Certificates &amp; HTTPS</h1><p class="lead">Get one <code>free</code>.</p>' +
    '<p>Body text is left out.</p><h2 id="fix">The <em>fix</em></h2></article></main>';
  expect(vocabularyText(html)?.replace(/\s+/g, ' ').trim()).toBe('Menu Certificates & HTTPS The fix Get one free . ssl, tls');
  expect(vocabularyText('<main id="main"><h1>Not indexed</h1></main>')).toBeUndefined();
});
