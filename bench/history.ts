// What the change history and the presence lock cost: 1,000 single-activity saves with history
// against the same saves with recording switched off (the baseline exists only here), opening
// with and without the lock file, and verifying the whole chain.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openRegister } from '../db/open';
import { fieldsOf } from '../core/activities';
import type { CoreContext } from '../core/context';
import { must } from '../core/dispatcher';
import { setHistoryRecording } from '../core/history';
import { openLocked } from '../core/lock';
import { verifyRegister } from '../core/verify';
import { generateRegister } from './generate';
import { round, timeMedian, timeOnce, type Measurement, type Suite } from './suite';

const ACTIVITIES = 1_000;
const SAVES = 1_000;
/** Issue 5: history may make a save at most half as slow again. */
const RATIO_TARGET = 1.5;
/** Saves alternate between modes in blocks, so disk and machine drift hit both alike. */
const BLOCK = 50;

/** Milliseconds of `count` saves, each its own transaction, as the editor makes them. */
function saves(ctx: CoreContext, ids: string[], from: number, count: number): number {
  return timeOnce(() => {
    for (let i = from; i < from + count; i++) {
      const id = ids[(i * 7_919) % ids.length]!;
      const a = must(ctx, 'getActivity', { id });
      must(ctx, 'updateActivity', { id, version: a.version, fields: { ...fieldsOf(a), owner: `Owner ${i}` } });
    }
  });
}

function measureSaves(ctx: CoreContext): { withMs: number; withoutMs: number } {
  const ids = must(ctx, 'listActivities', {}).map((a) => a.id);
  let withMs = 0;
  let withoutMs = 0;
  saves(ctx, ids, 0, BLOCK); // warm-up: JIT and page cache
  for (let done = 0; done < SAVES; done += BLOCK) {
    setHistoryRecording(ctx, false);
    withoutMs += saves(ctx, ids, SAVES + done, BLOCK);
    setHistoryRecording(ctx, true);
    withMs += saves(ctx, ids, done, BLOCK);
  }
  return { withMs, withoutMs };
}

function measure(dir: string): Measurement[] {
  const generated = generateRegister(dir, 'history.sqlite', ACTIVITIES);
  const file = generated.register.path;
  generated.register.close();
  const session = openLocked(file, 'bench');
  let saved: { withMs: number; withoutMs: number };
  let verifyMs: number;
  let entries: number;
  try {
    saved = measureSaves(session.ctx);
    verifyMs = timeOnce(() => {
      entries = verifyRegister(session.ctx.register.sqlite).entries;
    });
  } finally {
    session.close();
  }
  const plainOpenMs = timeMedian(() => openRegister(file).close(), 9);
  const lockedOpenMs = timeMedian(() => openLocked(file, 'bench').close(), 9);
  const per = (ms: number) => round(ms / SAVES, 3);
  return [
    {
      name: `${SAVES} saves with history`,
      value: per(saved.withMs),
      unit: 'ms',
      note: 'per save: getActivity + updateActivity, one transaction each',
    },
    {
      name: `${SAVES} saves without history`,
      value: per(saved.withoutMs),
      unit: 'ms',
      note: 'per save; recording switched off for this baseline only',
    },
    { name: 'history cost ratio', value: round(saved.withMs / saved.withoutMs), unit: '×', target: RATIO_TARGET },
    {
      name: 'open with presence lock',
      value: round(lockedOpenMs),
      unit: 'ms',
      note: 'lock file written, stale locks checked, removed on close',
    },
    { name: 'open without lock', value: round(plainOpenMs), unit: 'ms' },
    {
      name: `verify chain of ${entries!.toLocaleString('en')} entries`,
      value: round(verifyMs),
      unit: 'ms',
      note: 'integrity_check + every hash',
    },
  ];
}

export const historySuite: Suite = {
  name: 'history',
  description: 'cost of the change history and the presence lock on saves and opens',
  run() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-bench-'));
    try {
      return measure(dir);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
