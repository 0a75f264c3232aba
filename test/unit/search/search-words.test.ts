import { expect, test } from 'vitest';
import { indexedText } from '../../../src/integrations/pagefind';
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

test('indexedText reads the indexed <main> and the keywords, without tags or scripts', () => {
  const html =
    '<header>Menu</header><main id="main" data-pagefind-body data-pagefind-filter="section:kb">' +
    '<article data-pagefind-meta="keywords:ssl, tls"><h1>Certificates &amp; HTTPS</h1><script>var x</script></article></main>';
  expect(indexedText(html)?.replace(/\s+/g, ' ').trim()).toBe('Certificates & HTTPS ssl, tls');
  expect(indexedText('<main id="main"><h1>Not indexed</h1></main>')).toBeUndefined();
});
