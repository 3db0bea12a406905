// What a benchmark suite hands the runner, and the timing helpers every suite uses.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

/**
 * Collects what earlier runs left behind (whole registers generated, lists of closed connections),
 * so a timed cold run pays for its own garbage only, as it would in a freshly opened register worker.
 */
export function settleHeap(): void {
  collectGarbage();
}

export interface Measurement {
  /** Row label in the printed table, e.g. "list 10,000 activities". */
  name: string;
  value: number;
  unit: 'ms' | 's' | '×' | 'MB' | 'KB' | 'count' | '%';
  /** A target the value should stay under, when the issue sets one. */
  target?: number;
  note?: string;
}

export interface Suite {
  name: string;
  description: string;
  /** Run only when named (`npm run bench NAME`), not in the default run: too long for it. */
  onRequest?: boolean;
  run(): Promise<Measurement[]> | Measurement[];
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Milliseconds `fn` takes once. */
export function timeOnce(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Median milliseconds of `runs` calls after `warmup` untimed ones (JIT, page cache). */
export function timeMedian(fn: (i: number) => void, runs: number, warmup = 1): number {
  for (let i = 0; i < warmup; i++) fn(i);
  return median(Array.from({ length: runs }, (_, i) => timeOnce(() => fn(i))));
}

export const round = (n: number, digits = 2): number => Number(n.toFixed(digits));

/**
 * The processor time `fn` takes, in ms (this process, all its threads, garbage collection included):
 * on a machine shared with other work the wall time can be several times this.
 */
export function cpuTime(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** cpuTime of an async `fn` (the export functions), nothing else running meanwhile. */
export async function cpuTimeAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Median processor ms of `runs` calls after `warmup` untimed ones (JIT, page cache). */
export function cpuMedian(fn: (i: number) => void, runs: number, warmup = 1): number {
  for (let i = 0; i < warmup; i++) fn(i);
  return median(Array.from({ length: runs }, (_, i) => cpuTime(() => fn(i))));
}

/** The machine a result was measured on, as the results files and README's tables name it. */
export function machine() {
  return {
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? '',
    memoryGB: round(os.totalmem() / 2 ** 30, 1),
  };
}
