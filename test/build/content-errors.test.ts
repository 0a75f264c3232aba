/**
 * Broken content must fail the build with a message naming the file, the field
 * and what was expected. Each test breaks one thing in a copy of a minimal
 * valid content folder and runs the real `astro` command on it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { markdown, runFixture } from '../helpers/fixture-site';

const article = (frontmatter: string) => markdown(frontmatter);
const validArticle = `
title: Broken article
description: An article with one fault.
category: installation
tags: [setup]
packages: [pro]
updated: "2026-01-03"`;

describe('content errors', { concurrent: false }, () => {
  test('the minimal fixture builds, so every failure below comes from its one fault', () => {
    const run = runFixture('build');
    expect(run.output).not.toMatch(/problem|does not match/);
    expect(run.ok).toBe(true);
  });

  test('a missing title names the file and the field', () => {
    const run = runFixture('sync', {
      'kb/broken.md': article(validArticle.replace('title: Broken article', '')),
    });
    expect(run.ok).toBe(false);
    expect(run.output).toContain('content/kb/broken.md');
    expect(run.output).toMatch(/title: required/);
  });

  test('a field of the wrong type names the expected type', () => {
    const run = runFixture('sync', {
      'docs/setup.md': markdown('title: Setup\ndescription: How.\nsection: install\norder: first'),
    });
    expect(run.ok).toBe(false);
    expect(run.output).toContain('content/docs/setup.md');
    expect(run.output).toMatch(/order: expected a whole number/);
  });

  test('an unknown package id lists the valid ids', () => {
    const run = runFixture('sync', {
      'kb/broken.md': article(validArticle.replace('packages: [pro]', 'packages: [pro, gold]')),
    });
    expect(run.ok).toBe(false);
    expect(run.output).toContain('content/kb/broken.md');
    expect(run.output).toContain('packages.1: expected a package id, one of "pro", "enterprise", "none"; got "gold"');
  });

  test('an impossible date is refused, not rolled over', () => {
    const run = runFixture('sync', {
      'kb/broken.md': article(validArticle.replace('"2026-01-03"', '"2026-02-30"')),
    });
    expect(run.ok).toBe(false);
    expect(run.output).toContain('content/kb/broken.md');
    expect(run.output).toContain('updated: expected a real calendar date written "YYYY-MM-DD"; got "2026-02-30"');
  });

  test('an unquoted date is refused with the reason', () => {
    const run = runFixture('sync', {
      'kb/broken.md': article(validArticle.replace('"2026-01-03"', '2026-01-03')),
    });
    expect(run.ok).toBe(false);
    expect(run.output).toMatch(/updated: write the date in quotes/);
  });

  test('an unknown related article fails the build naming file and field', () => {
    const run = runFixture('build', {
      'kb/broken.md': article(`${validArticle}\nrelated: [first, no-such-article]`),
    });
    expect(run.ok).toBe(false);
    expect(run.output).toContain('content/kb/broken.md → related[1]: "no-such-article" is not a knowledge-base article');
  });

  test('a broken coverage matrix fails the build naming each fault', () => {
    const rules = (extra: string) =>
      readFileSync('test/fixtures/minimal-content/coverage/rules/pro.yaml', 'utf8').replace(
        / {2}- topic: health-check\n( {4}.*\n)+?(?= {2}- topic)/,
        extra,
      );
    const run = runFixture('build', {
      'coverage/rules/pro.yaml': rules(
        '  - topic: onboarding\n    verdict: covered\n    terms: [T2, T42]\n    channel: email\n    priority: best-effort\n    text: Twice.\n',
      ),
    });
    expect(run.ok).toBe(false);
    expect(run.output).toContain('content/coverage/rules/pro.yaml → rules[12].topic: a second rule for "onboarding"');
    expect(run.output).toContain('content/coverage/rules/pro.yaml → rules[12].terms[1]: term "T42" does not exist');
    expect(run.output).toContain('content/coverage/rules/pro.yaml → rules: no rule for topic "health-check"');
  });

  test('a rule without a cited term is refused when the content is read', () => {
    const run = runFixture('sync', {
      'coverage/rules/none.yaml': readFileSync('test/fixtures/minimal-content/coverage/rules/none.yaml', 'utf8').replace(
        'terms: [T2]',
        'terms: []',
      ),
    });
    expect(run.ok).toBe(false);
    expect(run.output).toContain('content/coverage/rules/none.yaml');
    expect(run.output).toContain('rules.0.terms: cite at least one term id');
  });

  test('an unknown topic in a rule lists the valid topics', () => {
    const run = runFixture('sync', {
      'coverage/rules/none.yaml': readFileSync('test/fixtures/minimal-content/coverage/rules/none.yaml', 'utf8').replace(
        'topic: install-docs',
        'topic: install-dogs',
      ),
    });
    expect(run.ok).toBe(false);
    expect(run.output).toContain('rules.0.topic: expected a topic id, one of "install-docs"');
    expect(run.output).toContain('got "install-dogs"');
  });

  test('cross-file problems are all reported at once', () => {
    const run = runFixture('build', {
      'kb/broken.md': article(validArticle.replace('category: installation', 'category: billing')),
      'docs/setup.md': markdown('title: Setup\ndescription: How.\nsection: operate\norder: 1'),
      'packages/pro.mdx': markdown(
        'title: Pro\nname: Pro\nsummary: S.\norder: 1\naudience: [A]\nchannel: email\npriority: best-effort\nresponse: R.\nterms: [T1, T99]',
      ),
      'packages/enterprise.mdx': null,
    });
    expect(run.ok).toBe(false);
    expect(run.output).toContain('The content has 4 problems');
    expect(run.output).toContain('content/kb/broken.md → category: "billing" is not a knowledge-base category; use one of "installation"');
    expect(run.output).toContain('content/docs/setup.md → section: "operate" is not a docs section');
    expect(run.output).toContain('content/packages/pro.mdx → terms[1]: term "T99" does not exist');
    expect(run.output).toContain('packages/enterprise.mdx → (file): the package "enterprise" has no page');
  });
});
