import { expect, test } from 'vitest';
import { spaceBetweenElements } from '../../../src/lib/search-index-html';

test('a space separates words that only an element boundary kept apart', () => {
  expect(spaceBetweenElements('<p><a href="#">Talk to sales</a><span>Questions before</span></p>')).toBe(
    '<p><a href="#">Talk to sales</a> <span>Questions before</span></p>',
  );
  expect(spaceBetweenElements('<dt id="channel">Channel</dt><dd>Email only</dd>')).toBe(
    '<dt id="channel">Channel</dt> <dd>Email only</dd>',
  );
  expect(spaceBetweenElements('<li>T1 Support</li><li><strong>T2</strong> A package')).toBe(
    '<li>T1 Support</li> <li><strong>T2</strong> A package',
  );
});

test('words split by an element inside them, and spaced or punctuated text, stay as written', () => {
  const untouched = ['un<em>believ</em>able', 'see <a href="#">this</a>, then', '<b>x</b> <i>y</i>', 'T3</a>, <a href="#">T4'];
  for (const html of untouched) expect(spaceBetweenElements(html)).toBe(html);
});

test('code blocks are left as written', () => {
  const code = '<pre class="astro-code"><code><span>MONGO</span><span>_URI</span><span>x</span></code></pre>';
  expect(spaceBetweenElements(`${code}<p><b>a</b><i>b</i></p>`)).toBe(`${code}<p><b>a</b> <i>b</i></p>`);
});
