import { describe, expect, test } from 'vitest';
import { contentNodes } from '../../../src/markdown/tree';
import { findUnsafeContent, unsafeScheme } from '../../../src/markdown/unsafe-content';

const messages = (source: string, format: 'md' | 'mdx' = 'md') => findUnsafeContent(contentNodes(source, format)).map((f) => f.message);

describe('unsafe content', () => {
  test('script URLs are found the way a browser reads them', () => {
    expect(unsafeScheme(' JaVa\tScript:alert(1)')).toBe('javascript:');
    expect(unsafeScheme('\u0001vbscript:x')).toBe('vbscript:');
    expect(unsafeScheme('DATA:text/html,x')).toBe('data:');
    expect(unsafeScheme('https://example.com/javascript:')).toBeUndefined();
    expect(unsafeScheme('/docs/javascript/')).toBeUndefined();
  });

  test('entity-encoded URLs in raw HTML are decoded before the check', () => {
    expect(messages('<a href="jav&#x61;script:alert(1)">x</a>')).toEqual([expect.stringContaining('"javascript:" URL')]);
  });

  test('code spans and code blocks may show unsafe HTML as text', () => {
    expect(messages('`<script>` and\n\n```html\n<iframe src="javascript:x" onload="y"></iframe>\n```\n')).toEqual([]);
  });

  test('our MDX components are allowed, HTML-named JSX and handlers are not', () => {
    expect(messages('<TopicCoverage topic="bug-fix" />\n', 'mdx')).toEqual([]);
    expect(messages('<iframe src="https://example.com" />\n', 'mdx')).toEqual([expect.stringContaining('<iframe> is not allowed')]);
    expect(messages('<TopicCoverage topic="x" onMouseOver={f} />\n', 'mdx')).toEqual([expect.stringContaining('onMouseOver')]);
    expect(messages('{<div dangerouslySetInnerHTML={{ __html: x }} />}\n', 'mdx')).toEqual([expect.stringContaining('raw HTML injection')]);
  });
});
