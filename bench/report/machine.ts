/** The machine a benchmark ran on, for the report: results only compare on the same one. */
import { cpus, totalmem } from 'node:os';

export interface Machine {
  date: string;
  cpu: string;
  cores: number;
  memory: string;
  node: string;
}

export function describeMachine(): Machine {
  const all = cpus();
  return {
    date: new Date().toISOString().slice(0, 10),
    cpu: all[0]?.model.trim() ?? 'unknown',
    cores: all.length,
    memory: `${Math.round(totalmem() / 1024 ** 3)} GB`,
    node: process.version,
  };
}
