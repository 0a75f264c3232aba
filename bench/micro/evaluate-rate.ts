/**
 * `evaluate()` calls per second: the coverage engine's hot path, which the
 * checker island runs on every change of an answer.
 *
 * The engine and the content reader are TypeScript with extensionless
 * imports, which Node's type stripping cannot resolve, so esbuild bundles them
 * into one temporary module first. The cases are every package × topic ×
 * answer to the "modified" question, with a start date inside the bug-fix
 * window: the whole matrix the checker can ask.
 */
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT } from '../build/site-roots.ts';

export interface EvaluateCases {
  evaluate: (...args: never[]) => unknown;
  /** Argument lists, each passed to evaluate() in turn. */
  cases: unknown[][];
}

export type EvaluateRate = { perSecond: number; cases: number } | { missing: string };

const ENTRY = `
export { evaluate } from ${JSON.stringify(join(PROJECT, 'src/coverage/evaluate.ts'))};
export { PACKAGE_IDS, TOPIC_IDS } from ${JSON.stringify(join(PROJECT, 'src/coverage/ids.ts'))};
export { loadCoverage } from ${JSON.stringify(join(PROJECT, 'test/helpers/coverage-data.ts'))};
`;

async function loadCases(): Promise<EvaluateCases | string> {
  const dir = mkdtempSync(join(tmpdir(), 'portal-evaluate-'));
  try {
    const bundled = await build({
      stdin: { contents: ENTRY, resolveDir: PROJECT, loader: 'ts' },
      bundle: true,
      format: 'esm',
      platform: 'node',
      write: false,
    });
    const file = join(dir, 'engine.mjs');
    writeFileSync(file, bundled.outputFiles[0]!.contents);
    const engine = await import(pathToFileURL(file).href);
    const coverage = engine.loadCoverage(join(PROJECT, 'content'));
    const cases: unknown[][] = [];
    for (const pkg of engine.PACKAGE_IDS) {
      for (const topic of engine.TOPIC_IDS) {
        for (const modified of [false, true, undefined]) {
          cases.push([{ package: pkg, topic, modified, start: '2026-11-10', agents: 12, bots: 2 }, coverage, '2026-11-26']);
        }
      }
    }
    return { evaluate: engine.evaluate, cases };
  } catch (error) {
    return `the engine could not be loaded: ${(error as Error).message.split('\n')[0]}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Calls fn over the cases for about `seconds`, after a warm-up; returns calls per second. */
export function callsPerSecond({ evaluate, cases }: EvaluateCases, seconds = 2): number {
  const call = evaluate as (...args: unknown[]) => unknown;
  for (let i = 0; i < 1000; i++) call(...cases[i % cases.length]!);
  let calls = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  let now = started;
  while (now < until) {
    for (let i = 0; i < 1000; i++) call(...cases[(calls + i) % cases.length]!);
    calls += 1000;
    now = performance.now();
  }
  return calls / ((now - started) / 1000);
}

export async function evaluateRate(): Promise<EvaluateRate> {
  const loaded = await loadCases();
  if (typeof loaded === 'string') return { missing: loaded };
  return { perSecond: callsPerSecond(loaded), cases: loaded.cases.length };
}
