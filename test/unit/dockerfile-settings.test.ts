/**
 * The container is built with `docker build --build-arg NAME=value`: a setting
 * the Dockerfile does not declare is silently dropped (the site builds with its
 * default, e.g. a Tiledesk channel without its project id). Every setting of
 * README's "Settings" table that shapes the built site must reach `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const dockerfile = readFileSync(resolve(root, 'Dockerfile'), 'utf8');

/** Settings that are not about the site: test ports, the browser and nginx of the tests, and
 * folders of the build machine (the container builds the content copied into it). */
const NOT_BUILD_ARGUMENTS = new Set(['PORTAL_TEST_PORT', 'CHROMIUM_PATH', 'NGINX_PATH', 'PORTAL_CONTENT_DIR', 'PORTAL_KB_DIR']);

function settingsTable(): string[] {
  const section = readme.slice(readme.indexOf('## Settings'));
  const table = section.slice(0, section.indexOf('\n\n', section.indexOf('| variable |')));
  return [...table.matchAll(/^\| `([A-Z0-9_]+)` \|/gm)].map((match) => match[1]!);
}

/** The build stage: from the first FROM to the second. */
const buildStage = dockerfile.split(/^FROM /m)[1] ?? '';

describe('Dockerfile', () => {
  const settings = settingsTable();

  it('finds the README settings table', () => {
    expect(settings).toContain('PORTAL_SITE_URL');
    expect(settings).toContain('PUBLIC_TICKET_CHANNEL');
  });

  it.each(settings.filter((name) => !NOT_BUILD_ARGUMENTS.has(name)))('passes %s from --build-arg to npm run build', (name) => {
    expect(buildStage, `declare "ARG ${name}=" in the Dockerfile's build stage`).toMatch(new RegExp(`^ARG ${name}=`, 'm'));
    expect(buildStage, `add "${name}=$${name}" to the build stage's ENV so the build sees it`).toMatch(
      new RegExp(`\\b${name}=\\$${name}\\b`),
    );
    expect(buildStage.indexOf(`${name}=$${name}`), `${name} must be set before RUN npm run build`).toBeLessThan(
      buildStage.indexOf('RUN npm run build'),
    );
  });
});
