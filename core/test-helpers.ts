// Real register files in throw-away folders for the engine's tests; each test gets its own folder,
// removed after the test with every register opened through it closed first.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach } from 'vitest';
import type { CoreContext } from './context';
import { decodeChanges } from '../db/history-chain';
import { newRegister } from './register';
import type { HistoryRow } from './verify';
import { fillSample } from './sample/index';

const cleanups: (() => void)[] = [];

afterEach(() => {
  for (const undo of cleanups.splice(0).reverse()) undo();
});

/** A new empty folder, removed after the current test. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-test-'));
  cleanups.push(() => {
    // chmod'ed files (read-only tests) would otherwise survive a non-root run.
    for (const f of fs.readdirSync(dir)) fs.chmodSync(path.join(dir, f), 0o644);
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

/** Closes `close` after the current test, before its folder goes. */
export function closeAfterTest(close: () => void): void {
  cleanups.push(close);
}

/** A new register (default vocabularies, optionally the sample) in its own temp folder. */
export function tempRegister(options: { sample?: boolean; author?: string; now?: () => string } = {}): CoreContext {
  const file = path.join(tempDir(), 'register.sqlite');
  const created = newRegister(file, { author: options.author ?? 'tester' });
  const ctx: CoreContext = options.now ? { ...created, now: options.now } : created;
  closeAfterTest(() => ctx.register.close());
  if (options.sample) fillSample(ctx);
  return ctx;
}

export function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Files SQLite leaves beside a database while a transaction is open or after a crash. */
export function leftovers(file: string): string[] {
  return ['-journal', '-wal', '-shm'].map((s) => file + s).filter((f) => fs.existsSync(f));
}

/**
 * Overwrites 64 bytes of `table`'s root page (its cell pointers) in a closed register: the header,
 * the schema and register_meta stay readable, so the file opens, but quick_check finds the damage.
 */
export function damageTable(file: string, table: string): void {
  const db = new Database(file, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const root = db.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').pluck().get(table) as number;
  db.close();
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, Buffer.alloc(64, 0xa5), 0, 64, (root - 1) * pageSize + 8);
  } finally {
    fs.closeSync(fd);
  }
}

/** One history entry as a forger would read it, its changes as text however the file stores them. */
export function historyEntry(file: string, seq: number): HistoryRow {
  const db = new Database(file, { readonly: true });
  try {
    const row = db.prepare('SELECT * FROM history WHERE seq = ?').get(seq) as Omit<HistoryRow, 'changes'> & {
      changes: string | Buffer;
    };
    return { ...row, changes: decodeChanges(row.changes) };
  } finally {
    db.close();
  }
}
