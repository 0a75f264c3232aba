import { expect, test } from 'vitest';
import { indexedText, vocabularyText } from '../../../src/integrations/pagefind';
import { formatWordList, parseWordList, vocabularyOf, WordCounter, wordsOf } from '../../../src/lib/search-words';

test('wordsOf keeps runs of 3 to 24 letters, lower-cased, and splits identifiers', () => {
  expect(wordsOf('Set MONGO_URI to mongodb://mongo:27017 in the .env')).toEqual(['set', 'mongo', 'uri', 'mongodb', 'mongo', 'the', 'env']);
  expect(wordsOf('a'.repeat(25))).toEqual([]);
});

test('vocabularyOf puts the words most pages use first, and keeps at most the limit', () => {
  const pages = ['docker compose docker', 'docker helm', 'helm docker kubernetes'];
  expect(vocabularyOf(pages)).toEqual(['docker', 'helm', 'compose', 'kubernetes']);
  expect(vocabularyOf(pages, 2)).toEqual(['docker', 'helm']);
});

test('the word list holds the suggestions in order, then the other known words sorted', () => {
  const text = formatWordList(['docker', 'helm'], ['zebra', 'docker', 'apple', 'apple']);
  expect(text).toBe('docker\nhelm\n\napple\nzebra\n');
  expect(parseWordList(text)).toEqual({ suggestions: ['docker', 'helm'], known: ['apple', 'docker', 'helm', 'zebra'] });
});

test('parseWordList reads a list of suggestions only', () => {
  expect(parseWordList('docker\nhelm\n')).toEqual({ suggestions: ['docker', 'helm'], known: ['docker', 'helm'] });
});

test('WordCounter counts each word once per document', () => {
  const counter = new WordCounter();
  counter.add('helm helm helm');
  counter.add('docker helm');
  counter.add('docker kubernetes');
  expect(counter.mostCommon(10)).toEqual(['docker', 'helm', 'kubernetes']);
});

test('vocabularyText reads the headings, the lead and the keywords of an indexed page', () => {
  const html =
    '<header><h2>Menu</h2></header><main id="main" data-pagefind-body data-pagefind-filter="section:kb">' +
    '<article data-pagefind-meta="keywords:ssl, tls"><h1>Certificates &amp; HTTPS</h1><p class="lead">Get one <code>free</code>.</p>' +
    '<p>Body text is left out.</p><h2 id="fix">The <em>fix</em></h2></article></main>';
  expect(vocabularyText(html)?.replace(/\s+/g, ' ').trim()).toBe('Menu Certificates & HTTPS The fix Get one free . ssl, tls');
  expect(vocabularyText('<main id="main"><h1>Not indexed</h1></main>')).toBeUndefined();
});

test('indexedText reads the words of the indexed main content, without markup, scripts or styles', () => {
  const html =
    '<header><h2>Menu</h2></header><main id="main" data-pagefind-body><h1>Mixed&nbsp;content</h1>' +
    '<p>Body <em>text</em></p><script>const hidden = 1;</script><style>.x{}</style></main><footer>Foot</footer>';
  expect(indexedText(html)?.replace(/\s+/g, ' ').trim()).toBe('Mixed content Body text');
  expect(indexedText('<main id="main"><p>Not indexed</p></main>')).toBeUndefined();
});
