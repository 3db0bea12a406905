// How much of a register the app reads before its first screen (issue 16 point 1): opening a
// 10,000-activity register and the activities table's first list, counted in bytes read, as a share
// of the file. On a network share every byte read is a byte over the wire, so this, not the local
// time, is what makes a shared register slow to open. The table's first list is its first rows
// (listActivityRows with `first`, read through the list-order index); the whole list is read after
// the first screen, and the suite reports what reading it too costs, beside.
//
// The count is the `rchar` of /proc/thread-self/io around the calls: the bytes this thread's read()
// and pread() calls returned, page cache or not (read_bytes only counts what came from the disk, and
// the cache cannot be dropped here). It is an upper bound for the register file: it also counts the
// migrations folder and the lock files opening reads. Pages SQLite maps into memory would not be
// counted, so the suite refuses to measure when mmap_size is not 0 (better-sqlite3's default). The
// checks that read every page run on their own thread after opening (core/open-check.ts), so they
// are not in this thread's count; the suite times them apart.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openRegister } from '../db/open';
import type { Outcome } from '../core/api/contract';
import type { OpenCheck } from '../core/api/types';
import { RegisterHost } from '../core/host';
import { FIRST_ROWS, unpack, type PackedSummaries } from '../core/api/packed-summaries';
import { generateRegister } from './generate';
import { round, type Measurement, type Suite } from './suite';

const COUNT = 10_000;
/** Issue 16: opening and the first list read under 10% of the file. */
const TARGET_PERCENT = 10;
const IO = '/proc/thread-self/io';

/** Bytes this thread has read so far (rchar). */
function bytesRead(): number {
  const m = /^rchar:\s*(\d+)/m.exec(fs.readFileSync(IO, 'utf8'));
  if (!m) throw new Error(`no rchar in ${IO}`);
  return Number(m[1]);
}

function readDuring(fn: () => void): number {
  const before = bytesRead();
  fn();
  return bytesRead() - before;
}

function mustBeOk<T>(outcome: { ok: true; value: unknown } | { ok: false; error: { message: string } }): T {
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.value as T;
}

/** What answers the contract's calls: the RegisterHost itself, or the browser host's worker. */
interface Answers {
  handle(method: string, input: unknown): Outcome<unknown>;
}

/** How long the checks after opening may take here: at 100,000 activities, some 20 s. */
const CHECK_LIMIT_MS = 120_000;

/**
 * Starts the checks after opening if no window has (core/host.ts: the first getOpenCheck does) and
 * waits until they are done: what they found, and the wall time since `since`.
 */
export async function checkDone(host: Answers, since = performance.now()): Promise<{ ms: number; check: OpenCheck }> {
  while (performance.now() - since < CHECK_LIMIT_MS) {
    const check = mustBeOk<OpenCheck>(host.handle('getOpenCheck', undefined));
    if (check.state === 'done') return { ms: performance.now() - since, check };
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`the checks after opening the register did not finish within ${CHECK_LIMIT_MS / 1_000} s`);
}

async function measure(dir: string): Promise<Measurement[]> {
  const label = COUNT.toLocaleString('en');
  const ctx = generateRegister(dir, `open-${COUNT}.sqlite`, COUNT);
  const file = ctx.register.path;
  if (ctx.register.sqlite.pragma('mmap_size', { simple: true }) !== 0)
    throw new Error('SQLite maps the file into memory (mmap_size > 0): rchar would not count its reads.');
  ctx.register.close();
  const size = fs.statSync(file).size;

  // What opening read before this issue: quick_check over every page, for comparison.
  const checkedOpen = readDuring(() => openRegister(file).close());

  // As the register worker does: the host opens, the window asks for its session and the table's
  // first rows; once the first screen is painted, the whole list.
  const host = new RegisterHost({ author: 'bench', openCheck: {} });
  let page: PackedSummaries | undefined;
  const start = performance.now();
  const read = readDuring(() => {
    mustBeOk(host.handle('openRegister', { path: file }));
    mustBeOk(host.handle('getSession', undefined));
    page = mustBeOk<PackedSummaries>(host.handle('listActivityRows', { lang: 'en', first: FIRST_ROWS }));
  });
  const firstScreenMs = performance.now() - start;
  let whole: PackedSummaries | undefined;
  const wholeRead = readDuring(() => {
    whole = mustBeOk<PackedSummaries>(host.handle('listActivityRows', { lang: 'en' }));
  });
  try {
    const rows = (p: PackedSummaries | undefined) => (p ? unpack(p).length : 0);
    if (rows(page) !== FIRST_ROWS || page?.total !== COUNT || rows(whole) !== COUNT)
      throw new Error(
        `expected ${FIRST_ROWS} first rows of ${COUNT}, then ${COUNT}; got ${rows(page)}, ${rows(whole)}`,
      );
    const { ms: checkMs, check } = await checkDone(host, start);
    if (check.damage !== null) throw new Error(`the generated register is damaged: ${check.damage}`);
    const pct = (n: number) => round((n / size) * 100, 1);
    return [
      {
        name: `read to open + first list, ${label}`,
        value: pct(read),
        unit: '%',
        target: TARGET_PERCENT,
        note: `${round(read / 1e6, 2)} MB of ${round(size / 1e6, 1)} MB (rchar of the opening thread; header, schema, register_meta, list_counts, the table's first ${FIRST_ROWS} lines)`,
      },
      {
        name: `read for the whole list after the first screen, ${label}`,
        value: pct(wholeRead),
        unit: '%',
        note: `${round(wholeRead / 1e6, 2)} MB: every stored line, read once the first screen is painted`,
      },
      {
        name: `read to open with quick_check, ${label}`,
        value: pct(checkedOpen),
        unit: '%',
        note: 'openRegister as the CLI opens: quick_check reads every page before the file is used',
      },
      {
        name: `open + first list, ${label}`,
        value: round(firstScreenMs),
        unit: 'ms',
        note: `RegisterHost: openRegister, getSession, listActivityRows with first: ${FIRST_ROWS}`,
      },
      {
        name: `check after open, ${label}`,
        value: round(checkMs),
        unit: 'ms',
        note: 'quick_check + data against history on their own thread and connection, started by the first getOpenCheck (the window asks once its first screen is painted); from the open until done',
      },
    ];
  } finally {
    host.close();
  }
}

export const openSuite: Suite = {
  name: 'open',
  description: 'opening a 10,000-activity register: bytes read before the first screen, checks after it',
  async run() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-bench-open-'));
    try {
      return await measure(dir);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
