import { describe, expect, test } from 'vitest';
import { markdownBody, markdownHref } from '../../src/lib/markdown-copy';

const site = new URL('https://support.example.com');

describe('Markdown copies', () => {
  test('drop the frontmatter and MDX imports, and stand in for components with a pointer to the page', () => {
    const source =
      '---\ntitle: T\n---\nimport TopicCoverage from \'../../src/components/TopicCoverage.astro\';\n\n## Upgrade\n\nText.\n\n<TopicCoverage topic="platform-upgrade" />\n';
    const body = markdownBody(source, 'https://support.example.com/docs/upgrading/', site);
    expect(body).toBe(
      '## Upgrade\n\nText.\n\n_A table generated from the coverage data is shown here on the web page (https://support.example.com/docs/upgrading/); the same data: https://support.example.com/coverage.json._',
    );
  });

  test('make site links absolute, and leave other links and code alone', () => {
    const body = markdownBody(
      'See [a](/kb/x/#y), [b](https://other.example/), [c](//cdn.example/x).\n\n[ref]: /docs/setup/\n\n`](/not-a-link`',
      '',
      site,
    );
    expect(body).toContain('[a](https://support.example.com/kb/x/#y)');
    expect(body).toContain('[b](https://other.example/)');
    expect(body).toContain('[c](//cdn.example/x)');
    expect(body).toContain('[ref]: https://support.example.com/docs/setup/');
  });

  test('live next to the page: /kb/x/ → /kb/x.md', () => {
    expect(markdownHref('/kb/emails-not-sent/')).toBe('/kb/emails-not-sent.md');
    expect(markdownHref('/docs/a/b/')).toBe('/docs/a/b.md');
  });
});
