/**
 * Broken or unsafe content must not publish: each run below breaks several
 * things at once in a copy of the minimal fixture, and the real `astro`
 * command must fail listing every fault with its file:line:column and the fix.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { markdown, runFixture } from '../helpers/fixture-site';

const fixture = (path: string) => readFileSync(`test/fixtures/minimal-content/${path}`, 'utf8');

const article = (title: string, extra = '') =>
  `title: ${title}\ndescription: An article.\ncategory: installation\ntags: [setup]\npackages: [pro]\nupdated: "2026-01-03"${extra}`;

describe('content that cannot publish', { concurrent: false }, () => {
  test('script URLs, raw script and embedding elements and event handlers are refused, in Markdown and MDX', () => {
    const run = runFixture('sync', {
      'kb/unsafe.md': markdown(
        article('Unsafe'),
        [
          '## Links', // line 11
          '',
          '[Click](javascript:alert(1)) and ![pixel](data:image/png;base64,AAAA) and [ref][r].', // 12
          '',
          '<script>alert(1)</script>', // 14
          '',
          'Inline <img src="x.png" onerror="alert(1)"> and <IFRAME SRC="JaVaScRiPt:alert(1)"></IFRAME>.', // 16
          '',
          '<object data="x.swf"></object>', // 18
          '',
          '<embed src="x.swf">', // 20
          '',
          '[r]: vbscript:msgbox', // 22
          '',
          'Code is fine: `<script>` and `javascript:`.',
          '',
          '```html',
          '<script>fine()</script>',
          '```',
          '',
        ].join('\n'),
      ),
      'packages/pro.mdx': fixture('packages/pro.mdx').replace(
        'Body of the pro page.',
        'Body of the pro page.\n\n<script src="https://evil.example/x.js"></script>\n\n<a href="javascript:void(0)" onClick={steal}>here</a>\n',
      ),
    });
    expect(run.ok).toBe(false);
    expect(run.output).toContain('The content has 12 problems');
    expect(run.output).toContain('content/kb/unsafe.md:12:1 → body: this link uses a "javascript:" URL');
    expect(run.output).toContain('content/kb/unsafe.md:12:34 → body: this image uses a "data:" URL');
    expect(run.output).toContain('content/kb/unsafe.md:14:1 → body: <script> is not allowed in content');
    expect(run.output).toContain('content/kb/unsafe.md:16:8 → body: the onerror attribute on <img> would run script');
    expect(run.output).toContain('content/kb/unsafe.md:16:49 → body: <iframe> is not allowed in content');
    expect(run.output).toContain('content/kb/unsafe.md:16:49 → body: the src attribute of <iframe> uses a "javascript:" URL');
    expect(run.output).toContain('content/kb/unsafe.md:18:1 → body: <object> is not allowed');
    expect(run.output).toContain('content/kb/unsafe.md:20:1 → body: <embed> is not allowed');
    expect(run.output).toContain('content/kb/unsafe.md:22:1 → body: this link uses a "vbscript:" URL');
    expect(run.output).toContain('content/packages/pro.mdx:15:1 → body: <script> is not allowed in content');
    expect(run.output).toContain('content/packages/pro.mdx:17:1 → body: the href attribute of <a> uses a "javascript:" URL');
    expect(run.output).toContain('content/packages/pro.mdx:17:1 → body: the onClick attribute on <a> would run script');
    // The fix is part of the message.
    expect(run.output).toMatch(/remove it, or describe it in a code block/);
  });

  test('duplicate ids and YAML syntax errors are refused with their line and column', () => {
    const run = runFixture('sync', {
      'kb/first.mdx': fixture('kb/first.md'),
      'kb/clash.md': markdown(article('Clash', '\nslug: second')),
      'terms.yaml': `${fixture('terms.yaml')}  - id: T2\n    group: general\n    statement: Listed twice.\n`,
      'coverage/topics.yaml': `${fixture('coverage/topics.yaml')}- id: onboarding\n  label: again\n  explanation: Twice.\n`,
      'site.yaml': fixture('site.yaml').replace('  portalName: Example Support', '  portalName: Example Support\n   badIndent: here'),
      'docs/setup.md': markdown('title: Setup: the colon\ndescription: How.\nsection: install\norder: 10'),
    });
    expect(run.ok).toBe(false);
    expect(run.output).toContain('The content has 6 problems');
    expect(run.output).toMatch(
      /content\/kb\/first\.mdx → \(file name\): has the same id "first" as content\/kb\/first\.md, so both would be \/kb\/first\/; rename one file or give it a different `slug`/,
    );
    expect(run.output).toMatch(
      /content\/kb\/second\.md → \(file name\): has the same id "second" as content\/kb\/clash\.md|content\/kb\/clash\.md → slug: has the same id "second" as content\/kb\/second\.md/,
    );
    const terms = fixture('terms.yaml').split('\n').length;
    expect(run.output).toContain(`content/terms.yaml:${terms} → terms[`);
    expect(run.output).toContain('.id: the id "T2" is listed a second time');
    expect(run.output).toContain('.id: the id "onboarding" is listed a second time');
    expect(run.output).toMatch(/content\/site\.yaml:4:\d+ → \(syntax\): YAML syntax error: bad indentation/);
    expect(run.output).toMatch(/content\/docs\/setup\.md:2:\d+ → frontmatter: YAML syntax error: .*; check the indentation/);
  });

  test('internal links and anchors in content must exist in the built site', () => {
    const run = runFixture('build', {
      'kb/links.md': markdown(
        article('Links'),
        [
          '## Good links', // 10
          '',
          '[a page](/kb/first/), [an anchor](/docs/setup/#steps), [relative](../second/), [here](#good-links), [a file](/favicon.svg), [mail](mailto:a@example.com), [web](https://example.com/x).', // 12
          '',
          '## Bad links', // 14
          '',
          '[gone](/kb/no-such-article/)', // 16
          '',
          '[no anchor](/docs/setup/#no-such-heading)', // 18
          '',
          '[relative gone](../missing-article/)', // 20
          '',
          '[no slash](/kb/first)', // 22
          '',
          '[the file](./second.md)', // 24
          '',
          '[same page](#nowhere)', // 26
        ].join('\n'),
      ),
    });
    expect(run.ok).toBe(false);
    expect(run.output).toContain('The content has 6 problems');
    expect(run.output).toContain(
      'content/kb/links.md:16:1 → link: the link "/kb/no-such-article/" leads to /kb/no-such-article/, which is not a page of the portal',
    );
    expect(run.output).toContain(
      'content/kb/links.md:18:1 → link: the link "/docs/setup/#no-such-heading" points at #no-such-heading, which is not on /docs/setup/',
    );
    expect(run.output).toContain('headings on that page: #steps');
    expect(run.output).toContain(
      'content/kb/links.md:20:1 → link: the link "../missing-article/" leads to /kb/missing-article/, which is not a page',
    );
    expect(run.output).toContain('content/kb/links.md:22:1 → link: the link "/kb/first" leaves out the final "/"; write /kb/first/');
    expect(run.output).toContain(
      'content/kb/links.md:24:1 → link: the link "./second.md" leads to /kb/links/second.md, which is not a page of the portal; link to the page, not the file: /kb/links/second/',
    );
    expect(run.output).toContain('content/kb/links.md:26:1 → link: the link "#nowhere" points at #nowhere, which is not on /kb/links/');
  });
});
