/**
 * Runs `astro build` in a project root as a child process and measures it:
 * wall time and peak memory of its whole process tree. Node runs with its
 * default heap (no --max-old-space-size): the build must fit in it.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { watchProcessTree, type MemoryPeak } from './process-tree.ts';
import { PROJECT } from './site-roots.ts';

export interface BuildRun {
  ok: boolean;
  seconds: number;
  /** User + system CPU seconds of the build's processes. */
  cpuSeconds: number;
  memory: MemoryPeak;
  /** File holding everything the build printed. */
  log: string;
}

export interface BuildOptions {
  root: string;
  env: Record<string, string>;
  /** Extra Node flags, e.g. ['--cpu-prof', '--cpu-prof-dir=/tmp/prof']. */
  nodeFlags?: string[];
}

export function runBuild({ root, env, nodeFlags = [] }: BuildOptions): Promise<BuildRun> {
  const log = join(root, 'build.log');
  const out = createWriteStream(log);
  const astro = join(PROJECT, 'node_modules/astro/bin/astro.mjs');
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeFlags, astro, 'build'], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  const usage = watchProcessTree(child.pid!);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const { memory, cpuSeconds } = usage.stop();
      out.end(() => resolve({ ok: code === 0, seconds, cpuSeconds, memory, log }));
    });
  });
}
