/**
 * Peak memory and CPU time of a process and everything it starts (Astro's
 * Node process, Pagefind's indexer binary, any workers), sampled from /proc.
 * Linux only.
 *
 * Two memory figures, because sampling can miss a short spike: the peak of
 * the summed resident set of the tree as sampled, and the largest single
 * process's own high-water mark (VmHWM, kept by the kernel, never missed).
 *
 * CPU time (user + system, all processes) is reported beside wall time: on a
 * shared machine wall time grows with other people's load, CPU time much less.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface TreeUsage {
  memory: MemoryPeak;
  /** User + system CPU seconds of the whole tree (to the last sample, ≤ one interval short). */
  cpuSeconds: number;
}

export interface MemoryPeak {
  /** Highest sum of VmRSS over the process tree seen in one sample, bytes. */
  treeRss: number;
  /** Highest VmHWM of any one process of the tree, bytes. */
  largestProcessHwm: number;
}

function readStatus(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

/** Fields of /proc/pid/stat after the command name (which sits in parentheses and may hold spaces). */
function statFields(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

const parentOf = (pid: number) => {
  const fields = statFields(pid);
  return fields ? Number(fields[1]) : undefined; // field 4: ppid
};

const TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux this runs on

/** utime + stime of the process, plus cutime + cstime of its children already ended, in seconds. */
function cpuSeconds(pid: number): number {
  const fields = statFields(pid);
  if (!fields) return 0;
  // Fields 14-17 of /proc/pid/stat: utime, stime, cutime, cstime; fields[0] here is field 3.
  return fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks), 0) / TICKS_PER_SECOND;
}

/** The pids of `root` and all its descendants alive now. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const parent = parentOf(pid);
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
}

/** Samples the tree under `pid` every `intervalMs` until stopped; stop() returns the totals. */
export function watchProcessTree(pid: number, intervalMs = 100): { stop(): TreeUsage } {
  const peak: MemoryPeak = { treeRss: 0, largestProcessHwm: 0 };
  // A child's CPU time moves into its parent's cutime/cstime when it ends, so
  // the tree's total is read as a whole at each sample and the latest one kept.
  let cpu = 0;
  const sample = () => {
    let sum = 0;
    let cpuNow = 0;
    for (const member of processTree(pid)) {
      const status = readStatus(member);
      if (!status) continue;
      sum += status.rss;
      cpuNow += cpuSeconds(member);
      peak.largestProcessHwm = Math.max(peak.largestProcessHwm, status.hwm);
    }
    peak.treeRss = Math.max(peak.treeRss, sum);
    cpu = Math.max(cpu, cpuNow);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return { memory: { ...peak }, cpuSeconds: cpu };
    },
  };
}
