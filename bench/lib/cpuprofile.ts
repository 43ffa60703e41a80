// Reads a V8 .cpuprofile (node --cpu-prof) and sums time per function: self time (samples whose
// top frame is the function) and inclusive time (samples with the function anywhere on the stack).
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
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface FunctionTime {
  /** `name file:line`, the key functions are summed under. */
  name: string;
  /** The package or area the function belongs to (see `categoryOf`). */
  category: string;
  selfMs: number;
  totalMs: number;
}

export interface ProfileSummary {
  /** Wall time the profile covers. */
  durationMs: number;
  /** Sampled time outside `(idle)`: what the process spent on the CPU, as the profiler saw it. */
  busyMs: number;
  functions: FunctionTime[];
  /** Self time per category, largest first. */
  categories: { category: string; selfMs: number }[];
}

const SPECIAL = new Set(['(root)', '(program)', '(idle)', '(garbage collector)']);

/** Where a frame's code lives: a package, a node internal module, a project file or a special. */
export function categoryOf(frame: CallFrame, rootDir: string): string {
  const { url, functionName } = frame;
  if (SPECIAL.has(functionName) && url === '') return functionName;
  if (url === '') return '(native)';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + '/node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1] ?? ''}` : (rest[0] ?? url);
  }
  if (url.startsWith('node:')) {
    const path = url.slice('node:'.length).replace(/^internal\//, '');
    return `node:${path.split('/')[0] ?? path}`;
  }
  return relativeTo(url, rootDir);
}

function relativeTo(url: string, rootDir: string): string {
  const path = url.startsWith('file://') ? decodeURIComponent(url.slice('file://'.length)) : url;
  const root = rootDir.endsWith('/') ? rootDir : `${rootDir}/`;
  return path.startsWith(root) ? path.slice(root.length) : path;
}

function keyOf(frame: CallFrame, rootDir: string): string {
  const name = frame.functionName || '(anonymous)';
  if (frame.url === '') return name;
  const file = relativeTo(frame.url, rootDir).replace(/^.*\/node_modules\//, '');
  // Files compiled on the fly (tsx) report line 0 for every function: leave the line out.
  return frame.lineNumber > 0 ? `${name} ${file}:${frame.lineNumber + 1}` : `${name} ${file}`;
}

/**
 * Sums the profile; with `range` ([start, end] on the monotonic clock, µs), only the samples taken
 * in it (V8 stamps samples with CLOCK_MONOTONIC, which every process on the machine shares).
 */
export function summarizeProfile(
  profile: CpuProfile,
  rootDir: string,
  range?: readonly [number, number],
): ProfileSummary {
  const nodes = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const node of profile.nodes) {
    nodes.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const category = new Map<string, string>();
  const categories = new Map<string, number>();
  const { samples, timeDeltas } = profile;
  let busyUs = 0;
  let at = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    // timeDeltas[i] is the gap before sample i: the sample lasts until the next one.
    at += timeDeltas[i] ?? 0;
    if (range && (at < range[0] || at > range[1])) continue;
    const us = Math.max(0, timeDeltas[i + 1] ?? timeDeltas[i] ?? 0);
    const node = nodes.get(samples[i]!);
    if (!node) continue;
    const key = keyOf(node.callFrame, rootDir);
    const cat = categoryOf(node.callFrame, rootDir);
    if (cat !== '(idle)') busyUs += us;
    self.set(key, (self.get(key) ?? 0) + us);
    categories.set(cat, (categories.get(cat) ?? 0) + us);
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const frame = nodes.get(id)!.callFrame;
      const k = keyOf(frame, rootDir);
      if (!category.has(k)) category.set(k, categoryOf(frame, rootDir));
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + us);
    }
  }
  const functions = [...total.entries()].map(([name, totalUs]) => ({
    name,
    category: category.get(name) ?? '?',
    selfMs: (self.get(name) ?? 0) / 1000,
    totalMs: totalUs / 1000,
  }));
  functions.sort((a, b) => b.selfMs - a.selfMs);
  return {
    durationMs: range
      ? (Math.min(range[1], profile.endTime) - Math.max(range[0], profile.startTime)) / 1000
      : (profile.endTime - profile.startTime) / 1000,
    busyMs: busyUs / 1000,
    functions,
    categories: [...categories.entries()]
      .map(([cat, us]) => ({ category: cat, selfMs: us / 1000 }))
      .sort((a, b) => b.selfMs - a.selfMs),
  };
}

export function readProfile(
  file: string,
  rootDir: string,
  range?: readonly [number, number],
): ProfileSummary {
  return summarizeProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, rootDir, range);
}

/** Plain-text report: categories, then the top functions by self time and by inclusive time. */
export function formatProfile(
  summary: ProfileSummary,
  top = 25,
  inclusiveFilter: (f: FunctionTime) => boolean = () => true,
): string {
  const pct = (ms: number) => `${((100 * ms) / Math.max(1, summary.busyMs)).toFixed(1).padStart(5)}%`;
  const ms = (v: number) => `${v.toFixed(0).padStart(7)} ms`;
  const lines = [
    `profile: ${summary.durationMs.toFixed(0)} ms wall, ${summary.busyMs.toFixed(0)} ms busy (not idle)`,
    '',
    'self time by category (% of busy):',
    ...summary.categories
      .filter((c) => c.category !== '(idle)')
      .slice(0, top)
      .map((c) => `${ms(c.selfMs)} ${pct(c.selfMs)}  ${c.category}`),
    '',
    'self time by function:',
    ...summary.functions
      .filter((f) => f.category !== '(idle)')
      .slice(0, top)
      .map((f) => `${ms(f.selfMs)} ${pct(f.selfMs)}  ${f.name}`),
    '',
    'inclusive time by function:',
    ...[...summary.functions]
      .filter((f) => f.category !== '(idle)' && f.category !== '(root)' && inclusiveFilter(f))
      .sort((a, b) => b.totalMs - a.totalMs)
      .slice(0, top)
      .map((f) => `${ms(f.totalMs)} ${pct(f.totalMs)}  ${f.name}`),
  ];
  return lines.join('\n');
}
