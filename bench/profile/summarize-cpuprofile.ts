/**
 * Reads a V8 CPU profile (`node --cpu-prof`, written by `npm run bench --
 * --profile`) and prints where the time went: self time by package or
 * project folder, the top functions by self time, and inclusive time of the
 * project's own source files (time spent in them and in what they call).
 *
 *   node bench/profile/summarize-cpuprofile.ts <file.cpuprofile> [from-s to-s]
 *
 * The optional window (seconds from the start of the profile) narrows the
 * summary to one phase of the build, e.g. page rendering.
 */
import { readFileSync } from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's code lives: a package, a project folder, Node itself, or V8's own buckets. */
export function area(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node: built-ins';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const own = /\/(src\/[^/]+|dist\/[^/]+|\.astro|content)\//.exec(url);
  return own ? own[1]! : url.replace(/^file:\/\//, '');
}

export function summarize(profile: CpuProfile, from = 0, to = Infinity) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  const selfByArea = new Map<string, number>();
  const selfByFunction = new Map<string, number>();
  const inclusiveBySource = new Map<string, number>();
  let total = 0;
  let at = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    const seconds = at / 1e6;
    if (seconds < from || seconds > to) return;
    const node = byId.get(id)!;
    const { url, functionName, lineNumber } = node.callFrame;
    total += delta;
    const where = area(url, functionName);
    selfByArea.set(where, (selfByArea.get(where) ?? 0) + delta);
    const fn = `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
    selfByFunction.set(fn, (selfByFunction.get(fn) ?? 0) + delta);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const frameUrl = byId.get(cur)!.callFrame.url;
      const source = /\/(src\/.+)$/.exec(frameUrl)?.[1];
      if (source && !frameUrl.includes('node_modules') && !seen.has(source)) {
        seen.add(source);
        inclusiveBySource.set(source, (inclusiveBySource.get(source) ?? 0) + delta);
      }
    }
  });
  const top = (map: Map<string, number>, count: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, us]) => `${(us / 1e6).toFixed(1).padStart(7)} s ${((100 * us) / total).toFixed(1).padStart(5)} %  ${name}`);
  return {
    seconds: total / 1e6,
    areas: top(selfByArea, 25),
    functions: top(selfByFunction, 30),
    sources: top(inclusiveBySource, 25),
  };
}

if (import.meta.main) {
  const [file, from, to] = process.argv.slice(2);
  if (!file) {
    console.error('usage: node bench/profile/summarize-cpuprofile.ts <file.cpuprofile> [from-s to-s]');
    process.exit(2);
  }
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const s = summarize(profile, Number(from ?? 0), to === undefined ? Infinity : Number(to));
  console.log(`${s.seconds.toFixed(1)} s sampled\n\nSelf time by package / folder:\n${s.areas.join('\n')}`);
  console.log(`\nTop functions by self time:\n${s.functions.join('\n')}`);
  console.log(`\nInclusive time of the project's source files:\n${s.sources.join('\n')}`);
}
