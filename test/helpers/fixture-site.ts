/**
 * Builds a throw-away copy of the portal around a fixture content folder, so a
 * test can break one content file and read the error a real build prints.
 * The copy has its own root (own .astro/, dist/ and node_modules caches), so it
 * never touches the project's build; packages are shared through symlinks.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { linkNodeModules } from '../../bench/build/site-roots';

const project = resolve(import.meta.dirname, '../..');
const minimalContent = join(project, 'test/fixtures/minimal-content');
const astroBin = join(project, 'node_modules/astro/bin/astro.mjs');

export interface FixtureRun {
  ok: boolean;
  /** Everything the command printed, without terminal colours. */
  output: string;
}

/**
 * Runs `astro <command>` on the minimal content with `files` written over it
 * (path relative to the content folder → file text; null deletes the file).
 */
export function runFixture(command: 'sync' | 'build', files: Record<string, string | null> = {}): FixtureRun {
  const root = mkdtempSync(join(tmpdir(), 'portal-fixture-'));
  try {
    for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      cpSync(join(project, item), join(root, item), { recursive: true });
    }
    // Not one symlink to node_modules: Astro's content cache lives in there, and
    // the build reads it back while rendering, so a shared one could be
    // overwritten by another build midway.
    linkNodeModules(root);
    cpSync(minimalContent, join(root, 'content'), { recursive: true });
    for (const [path, text] of Object.entries(files)) {
      const target = join(root, 'content', path);
      if (text === null) rmSync(target);
      else {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, text);
      }
    }
    const env: Record<string, string | undefined> = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
    delete env['PORTAL_CONTENT_DIR'];
    delete env['PORTAL_KB_DIR'];
    const run = spawnSync(process.execPath, [astroBin, command], {
      cwd: root,
      encoding: 'utf8',
      env,
      timeout: 120_000,
    });
    const output = `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
    return { ok: run.status === 0, output };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Frontmatter + body of a Markdown file, from a plain object of YAML lines. */
export function markdown(frontmatter: string, body = '## Section\n\nText.\n') {
  return `---\n${frontmatter.trim()}\n---\n\n${body}`;
}
