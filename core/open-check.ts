// The checks that read a whole register, run after the app has opened it rather than while opening.
// Opening reads only the header, the schema and register_meta (db/open.ts, checkPages: false), so a
// register on a network share opens without reading all of it; the window's first list follows at
// once. Then, on a thread of its own with a read-only connection of its own (so the register worker
// keeps answering the window), this module runs what reads every page: the open backup if the file
// changed since the newest one, SQLite's quick_check, and the data against its replayed history
// (core/data-check.ts). The host keeps the outcome: damage holds the register read-only and the UI
// shows a banner (getOpenCheck); the data check is what checkData answers.
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { openRegister } from '../db/open';
import type { DataCheck } from './api/types';
import { backupIfChanged, type BackupSettings } from './backup';
import { createContext, type CoreContext } from './context';
import { checkOpenedData } from './data-check';

/** What quick_check lists at most: the banner shows one line, the first problems say enough. */
const DAMAGE_LINES = 3;

export interface OpenCheckOutcome {
  /** What quick_check found, in its own words; null when every page is sound. */
  damage: string | null;
  /** The stored data against the replayed history; null when it could not be run here. */
  data: DataCheck | null;
}

/** SQLite's quick_check over every page: null when sound, else its first findings. */
export function pageDamage(sqlite: Database.Database): string | null {
  try {
    const rows = (sqlite.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check);
    if (rows.length === 1 && rows[0] === 'ok') return null;
    const more = rows.length > DAMAGE_LINES ? `; and ${rows.length - DAMAGE_LINES} more` : '';
    return `${rows.slice(0, DAMAGE_LINES).join('; ')}${more}`;
  } catch (err) {
    // A page too damaged to walk makes quick_check itself fail ("database disk image is malformed").
    return (err as Error).message;
  }
}

/** Both checks on one connection; a damaged file's history is not compared (it may not even be readable). */
export function checkOpened(ctx: CoreContext): OpenCheckOutcome {
  const damage = pageDamage(ctx.register.sqlite);
  return { damage, data: damage === null ? checkOpenedData(ctx) : null };
}

/** What the checking thread needs: it opens the register itself. */
export interface OpenCheckJob {
  registerPath: string;
  migrationsFolder?: string | undefined;
  nativeBinding?: string | undefined;
  /** The open backup is made here too, when the host has backups: it reads the whole file as well. */
  backups?: BackupSettings | undefined;
}

/** Where the checking thread's code is: a bundled build's compiled entry, else the TypeScript one. */
export interface OpenCheckSettings {
  /** out/main/open-check-worker.js in Electron; absent: core/open-check-worker.ts through tsx. */
  script?: string | undefined;
  nativeBinding?: string | undefined;
}

export type OpenCheckMessage = { type: 'done'; outcome: OpenCheckOutcome } | { type: 'failed'; message: string };

/** The thread's body (core/open-check-worker.ts): a read-only connection of its own, closed when done. */
export function runOpenCheck(job: OpenCheckJob): OpenCheckOutcome {
  const register = openRegister(job.registerPath, {
    readOnly: true,
    checkPages: false,
    ...(job.migrationsFolder ? { migrationsFolder: job.migrationsFolder } : {}),
  });
  try {
    const ctx = createContext(register, 'open check');
    if (job.backups) {
      try {
        // VACUUM INTO reads through this read-only connection; the copy is checked before it is kept.
        backupIfChanged(ctx, job.backups, 'open', 0);
      } catch (err) {
        // A full or missing backup folder must not keep anyone from working on the register.
        console.warn(`RoPA Registry: the open backup failed: ${(err as Error).message}`);
      }
    }
    return checkOpened(ctx);
  } finally {
    register.close();
  }
}

/** Runs `runOpenCheck` on a thread of its own; the promise settles when the thread has answered. */
export function checkInThread(job: OpenCheckJob, settings: OpenCheckSettings = {}): Promise<OpenCheckOutcome> {
  const full: OpenCheckJob = { ...job, nativeBinding: settings.nativeBinding ?? job.nativeBinding };
  return new Promise((resolve, reject) => {
    // Inside the promise: a script that cannot be started rejects (and the host checks inline) rather than failing the open.
    const worker = settings.script
      ? new Worker(settings.script, { workerData: { job: full } })
      : new Worker(fileURLToPath(new URL('./reports/worker-boot.mjs', import.meta.url)), {
          workerData: { job: full, entry: new URL('./open-check-worker.ts', import.meta.url).href },
        });
    // The window may close while a check runs: the thread must not keep the process alive.
    worker.unref();
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
    };
    worker.on('message', (m: OpenCheckMessage) =>
      settle(() => (m.type === 'done' ? resolve(m.outcome) : reject(new Error(m.message)))),
    );
    worker.on('error', (err) => settle(() => reject(err)));
    worker.on('exit', (code) => settle(() => reject(new Error(`The open check stopped (exit code ${code}).`))));
  });
}
