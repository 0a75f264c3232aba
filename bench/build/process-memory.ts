/**
 * Peak memory of a process and everything it starts (Astro's Node process,
 * Pagefind's indexer binary, any workers), sampled from /proc. Linux only.
 *
 * Two figures, because sampling can miss a short spike: the peak of the
 * summed resident set of the tree as sampled, and the largest single
 * process's own high-water mark (VmHWM, kept by the kernel, never missed).
 */
import { readdirSync, readFileSync } from 'node:fs';

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

function parentOf(pid: number): number | undefined {
  try {
    // Field 4 of /proc/pid/stat, after the command name in parentheses (which may hold spaces).
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
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

/** Samples the tree under `pid` every `intervalMs` until stopped; stop() returns the peaks. */
export function watchMemory(pid: number, intervalMs = 100): { stop(): MemoryPeak } {
  const peak: MemoryPeak = { treeRss: 0, largestProcessHwm: 0 };
  const sample = () => {
    let sum = 0;
    for (const member of processTree(pid)) {
      const status = readStatus(member);
      if (!status) continue;
      sum += status.rss;
      peak.largestProcessHwm = Math.max(peak.largestProcessHwm, status.hwm);
    }
    peak.treeRss = Math.max(peak.treeRss, sum);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return { ...peak };
    },
  };
}
