/**
 * `evaluate()` calls per second: the coverage engine's hot path, which the
 * checker island runs on every change of an answer.
 *
 * The engine (src/coverage/evaluate.ts, `evaluate(request, coverageData,
 * today)`) is not built yet; until it is, this reports "not built yet". When
 * it lands, `loadCases` below is the one place to wire: return the function
 * and the argument lists to cycle through (e.g. every package × topic).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT } from '../build/site-roots.ts';

export interface EvaluateCases {
  evaluate: (...args: never[]) => unknown;
  /** Argument lists, each passed to evaluate() in turn. */
  cases: unknown[][];
}

export type EvaluateRate = { perSecond: number; cases: number } | { missing: string };

const ENGINE = join(PROJECT, 'src/coverage/evaluate.ts');

async function loadCases(): Promise<EvaluateCases | string> {
  if (!existsSync(ENGINE)) return 'not built yet';
  return 'engine found, but bench/micro/evaluate-rate.ts does not build its cases yet';
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
