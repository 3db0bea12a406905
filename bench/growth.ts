// Growth (issue 16, points 5 and 6): what the app's everyday calls cost at 1,000, 10,000 and 100,000
// activities, through the calls the app makes (the dispatcher, the export functions, verifyFile),
// and how each grows: the 100,000 figure over the 1,000 one stays at most 120× (linear is 100×; the
// rest allows for caches that stop fitting). The PDF is made at 1,000 and 10,000 only.
//
// Every figure is processor time (process.cpuUsage: this process, all its threads, garbage
// collection included), not wall time: the machine is shared, and a neighbour's load changes the
// wall time several-fold but not the work done. What it leaves out is waiting for the disk (a save's
// sync): the figures are the work, not the latency.
//
// Only when named (`npm run bench growth`): generating the 100,000-activity register alone takes
// some 80 s of processor time. The suite writes its table to bench/results/growth.md and into
// README between the growth markers, so README's table is this suite's own output.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { must } from '../core/dispatcher';
import { openLocked } from '../core/lock';
import { writeReport } from '../core/reports/export';
import { verifyFile } from '../core/verify';
import type { CoreContext } from '../core/context';
import type { ReportFormat } from '../core/api/export-options';
import type { ActivitySummary } from '../core/api/types';
import type { ColumnFiltersState } from '@tanstack/react-table';
import { narrowingFilter } from '../renderer/src/activities/filterSummaries';
import { SearchIndex } from '../renderer/src/activities/searchIndex';
import { renameActivity } from './engine';
import { generateRegister } from './generate';
import {
  cpuMedian,
  cpuTime,
  cpuTimeAsync,
  machine,
  median,
  round,
  settleHeap,
  type Measurement,
  type Suite,
} from './suite';

const SIZES = [1_000, 10_000, 100_000] as const;
type Size = (typeof SIZES)[number];
const LARGEST = SIZES[SIZES.length - 1]!;
/** The PDF of 100,000 activities (some 100,000 pages) is no report anyone prints. */
const PDF_SIZES: readonly Size[] = [1_000, 10_000];
/** Issue 16: each 100,000 ÷ 1,000 ratio at most 120. */
const RATIO_TARGET = 120;
/** The same allowance over one decade, for the PDF: 1.2 × linear. */
const PDF_RATIO_TARGET = 12;
const AUTHOR = 'bench';
/** Runs of the calls that take milliseconds; of the ones that take seconds, see slowRuns. */
const RUNS = 9;
/** Calls timed together for one figure of a call that takes a fraction of a millisecond. */
const BATCH = 50;
/** What the search box sends as the user types "sa": one letter, then two. */
const KEYSTROKES = ['s', 'sa'];
const NO_FILTERS: ColumnFiltersState = [];

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const RESULTS_MD = path.join(BENCH, 'results', 'growth.md');
const README = path.join(BENCH, '..', 'README.md');
export const GROWTH_START = '<!-- growth:start -->';
export const GROWTH_END = '<!-- growth:end -->';

/** One row of the table: what the app does, and how the suite times it. */
interface Step {
  key: string;
  label: string;
  note: string;
  sizes?: readonly Size[];
}

const STEPS: Step[] = [
  { key: 'open', label: 'open', note: 'openLocked without quick_check, as the app opens (checks follow on a thread)' },
  { key: 'list', label: 'first list', note: 'listActivities on a fresh open, heap collected first' },
  {
    key: 'search',
    label: 'search keystroke',
    note: `the Activities table's filter and search index, "${KEYSTROKES.join('" then "')}", the mean of the two`,
  },
  { key: 'load', label: 'load one', note: 'getActivity' },
  { key: 'save', label: 'save one', note: 'updateActivity of the name (disk sync not counted)' },
  { key: 'csv', label: 'export CSV', note: 'writeReport csv: model and the four files' },
  { key: 'pdf', label: 'export PDF', note: 'writeReport pdf', sizes: PDF_SIZES },
  { key: 'check', label: 'check', note: 'runChecks over the whole register' },
  { key: 'verify', label: 'verify', note: 'verifyFile: integrity_check, chain, replay against the rows' },
];

type Figures = Map<string, Map<Size, number>>;

const label = (n: number): string => n.toLocaleString('en');
/**
 * Runs of a call that takes seconds: one at its largest size, where the code is long warm (it ran at
 * the smaller sizes first); the largest is 100,000, or 10,000 for the PDF (some 40 s a run).
 */
const slowRuns = (size: Size, largest: Size = LARGEST): { runs: number; warmup: number } =>
  size === largest ? { runs: 1, warmup: 0 } : { runs: 3, warmup: 1 };
const idAt = (ids: string[], i: number): string => ids[(i * 7_919) % ids.length]!;

async function exportCpu(ctx: CoreContext, dir: string, format: ReportFormat, size: Size): Promise<number> {
  const file = path.join(dir, `growth-${size}.${format}`);
  const { runs, warmup } = slowRuns(size, format === 'pdf' ? PDF_SIZES[PDF_SIZES.length - 1] : LARGEST);
  const run = () => writeReport(ctx, { format, path: file, overwrite: true, lang: 'en' });
  for (let i = 0; i < warmup; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    settleHeap();
    times.push(await cpuTimeAsync(run));
  }
  return median(times);
}

/**
 * Median processor ms of a call that takes seconds, each run timed from a collected heap (the
 * collection itself not timed): at 100,000 activities a run's garbage is gigabytes, which the next
 * run would otherwise pay to collect, and the CLI's verify and check start in a fresh process.
 */
function slowCpu(fn: () => void, size: Size): number {
  const { runs, warmup } = slowRuns(size);
  for (let i = 0; i < warmup; i++) fn();
  return median(
    Array.from({ length: runs }, () => {
      settleHeap();
      return cpuTime(fn);
    }),
  );
}

/**
 * A keystroke as the Activities table answers it: its filter over the list it holds, through the
 * search index the page builds in idle time, narrowing while the user types on. Both keystrokes are
 * timed together ("s" matches at the first word, "sa" reads much more), each run with a new filter.
 */
function keystrokeCpu(list: ActivitySummary[]): number {
  const index = new SearchIndex(list);
  index.grow(list.length);
  const typeBoth = () => {
    const filter = narrowingFilter(index);
    for (const text of KEYSTROKES) filter(list, NO_FILTERS, text, null);
  };
  return cpuMedian(typeBoth, RUNS) / KEYSTROKES.length;
}

/** The figures of calls on an open register: list, search, load, save, exports, check. */
async function measureOpen(ctx: CoreContext, dir: string, size: Size, put: (key: string, ms: number) => void) {
  const list = must(ctx, 'listActivities', {});
  const ids = list.map((a) => a.id);
  if (ids.length !== size) throw new Error(`expected ${size} activities, listed ${ids.length}`);
  put('search', keystrokeCpu(list));
  put(
    'load',
    cpuMedian(() => {
      for (let i = 0; i < BATCH; i++) must(ctx, 'getActivity', { id: idAt(ids, i) });
    }, RUNS) / BATCH,
  );
  put(
    'save',
    median(
      Array.from({ length: RUNS + 1 }, (_, i) => {
        const activity = must(ctx, 'getActivity', { id: idAt(ids, i) });
        return cpuTime(() => renameActivity(ctx, activity, i));
      }).slice(1),
    ),
  );
  put('csv', await exportCpu(ctx, dir, 'csv', size));
  if (PDF_SIZES.includes(size)) put('pdf', await exportCpu(ctx, dir, 'pdf', size));
  put(
    'check',
    slowCpu(() => must(ctx, 'runChecks', {}), size),
  );
}

async function measureSize(dir: string, size: Size, figures: Figures): Promise<{ createS: number; mb: number }> {
  const put = (key: string, ms: number) => figures.get(key)!.set(size, ms);
  let file = '';
  const createMs = cpuTime(() => {
    const made = generateRegister(dir, `growth-${size}.sqlite`, size);
    file = made.register.path;
    made.register.close();
  });
  settleHeap();
  const open = () => openLocked(file, AUTHOR, { checkPages: false });
  put(
    'open',
    cpuMedian(() => open().close(), RUNS),
  );
  put(
    'list',
    median(
      Array.from({ length: RUNS }, () => {
        const session = open();
        settleHeap();
        const ms = cpuTime(() => must(session.ctx, 'listActivities', {}));
        session.close();
        return ms;
      }),
    ),
  );
  const session = open();
  try {
    await measureOpen(session.ctx, dir, size, put);
  } finally {
    session.close();
  }
  put(
    'verify',
    slowCpu(() => {
      const v = verifyFile(file);
      if (!v.ok) throw new Error(`the generated register does not verify: ${JSON.stringify(v).slice(0, 300)}`);
    }, size),
  );
  const mb = fs.statSync(file).size / 1e6;
  fs.rmSync(file);
  return { createS: createMs / 1000, mb };
}

function measurements(figures: Figures, made: Map<Size, { createS: number; mb: number }>): Measurement[] {
  const out: Measurement[] = [];
  for (const step of STEPS) {
    const bySize = figures.get(step.key)!;
    for (const [size, ms] of bySize)
      out.push({ name: `${step.label}, ${label(size)}`, value: round(ms, 3), unit: 'ms', note: step.note });
    const sizes = step.sizes ?? SIZES;
    const [from, to] = [sizes[0]!, sizes[sizes.length - 1]!];
    out.push({
      name: `${step.label}, ${label(to)} ÷ ${label(from)}`,
      value: round(bySize.get(to)! / bySize.get(from)!, 1),
      unit: '×',
      target: to === LARGEST ? RATIO_TARGET : PDF_RATIO_TARGET,
    });
  }
  for (const [size, m] of made) {
    out.push({
      name: `generate ${label(size)}`,
      value: round(m.createS, 1),
      unit: 's',
      note: 'createActivities, 100 at a time',
    });
    out.push({ name: `file size, ${label(size)}`, value: round(m.mb, 1), unit: 'MB' });
  }
  return out;
}

const formatMs = (ms: number): string =>
  ms >= 1000 ? `${round(ms / 1000, 2)} s` : ms >= 10 ? `${round(ms, 0)} ms` : `${round(ms, 2)} ms`;

/** The table README shows: one row per call, one column per size, then the growth and its target. */
function markdown(figures: Figures, made: Map<Size, { createS: number; mb: number }>): string {
  const m = machine();
  const cpuModel = m.cpu.trim() || 'unknown CPU';
  const head = `| | ${SIZES.map(label).join(' | ')} | growth | target |`;
  const rows = STEPS.map((step) => {
    const bySize = figures.get(step.key)!;
    const sizes = step.sizes ?? SIZES;
    const [from, to] = [sizes[0]!, sizes[sizes.length - 1]!];
    const ratio = bySize.get(to)! / bySize.get(from)!;
    const target = to === LARGEST ? RATIO_TARGET : PDF_RATIO_TARGET;
    const cells = SIZES.map((s) => (bySize.has(s) ? formatMs(bySize.get(s)!) : '—'));
    const growth = `${round(ratio, 1)}× (${label(to / 1000)}k ÷ ${label(from / 1000)}k)`;
    return `| ${step.label} | ${cells.join(' | ')} | ${growth} | ≤ ${target}× ${ratio <= target ? 'ok' : '**OVER**'} |`;
  });
  const fileRow = `| file size | ${SIZES.map((s) => `${round(made.get(s)!.mb, 1)} MB`).join(' | ')} | | |`;
  const genRow = `| generate (createActivities × n/100) | ${SIZES.map((s) => `${round(made.get(s)!.createS, 1)} s`).join(' | ')} | | |`;
  return [
    `Processor time per call (medians; of ${BATCH} loads for "load one"), \`npm run bench growth\` on`,
    `${new Date().toISOString().slice(0, 10)}: ${m.cpus} cores, ${cpuModel}, ${m.memoryGB} GB RAM, Node ${m.node}, ${m.platform}.`,
    '',
    head,
    `|---|${SIZES.map(() => '---:').join('|')}|---:|---|`,
    ...rows,
    fileRow,
    genRow,
    '',
  ].join('\n');
}

/** `text` with `table` in place of whatever stood between the growth markers; null without them. */
export function withGrowthTable(text: string, table: string): string | null {
  const [start, end] = [text.indexOf(GROWTH_START), text.indexOf(GROWTH_END)];
  if (start < 0 || end < start) return null;
  return `${text.slice(0, start + GROWTH_START.length)}\n${table}${text.slice(end)}`;
}

/** Writes the table to bench/results/growth.md and into README; says where it went. */
function writeTable(table: string): string {
  fs.mkdirSync(path.dirname(RESULTS_MD), { recursive: true });
  fs.writeFileSync(RESULTS_MD, table);
  const readme = withGrowthTable(fs.readFileSync(README, 'utf8'), table);
  if (readme === null) return `${path.relative(process.cwd(), RESULTS_MD)} (README has no growth markers)`;
  fs.writeFileSync(README, readme);
  return `${path.relative(process.cwd(), RESULTS_MD)} and README`;
}

export const growthSuite: Suite = {
  name: 'growth',
  description: `processor time of the everyday calls at ${SIZES.map(label).join(' / ')} activities, and their growth`,
  onRequest: true,
  async run() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-bench-growth-'));
    const figures: Figures = new Map(STEPS.map((s) => [s.key, new Map()]));
    const made = new Map<Size, { createS: number; mb: number }>();
    try {
      for (const size of SIZES) {
        made.set(size, await measureSize(dir, size, figures));
        process.stdout.write(`  growth: ${label(size)} measured\n`);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const out = measurements(figures, made);
    process.stdout.write(`  growth: table written to ${writeTable(markdown(figures, made))}\n`);
    return out;
  },
};
