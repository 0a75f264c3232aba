/** The machine a benchmark ran on, for the report: results only compare on the same one. */
import { cpus, loadavg, totalmem } from 'node:os';

export interface Machine {
  date: string;
  cpu: string;
  cores: number;
  memory: string;
  node: string;
  /** 1-minute load average when the run started: other work on the machine skews wall times. */
  load: number;
}

export function describeMachine(): Machine {
  const all = cpus();
  return {
    date: new Date().toISOString().slice(0, 10),
    cpu: all[0]?.model.trim() ?? 'unknown',
    cores: all.length,
    memory: `${Math.round(totalmem() / 1024 ** 3)} GB`,
    node: process.version,
    load: loadavg()[0]!,
  };
}
