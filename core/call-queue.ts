// The order in which the register worker runs calls, so that a save waiting for another process's
// write lock never holds up anything that does not need that lock.
//
// better-sqlite3 waits for a lock synchronously (the busy timeout, up to 10 s), which freezes the
// whole thread. So a write is not started while someone else holds the write lock: it waits in a
// queue, and the lock is tried again every few milliseconds without waiting (busy_timeout 0), while
// reads (queries, getSession) keep being answered from the last committed state. Writes and
// session operations (open, create, close, restore) still run one after another in the order
// they came.
import type Database from 'better-sqlite3';
import { BUSY_TIMEOUT_MS } from '../db/open';
import { contract, isMethodName, type Outcome } from './api/contract';
import { toRopaError } from './api/errors';
import type { RegisterHost } from './host';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

export interface CallQueueOptions {
  /** How often a waiting write tries the lock again. */
  retryMs?: number;
  /** How long a write waits for the lock in all before it is run anyway (and fails as busy). */
  maxWaitMs?: number;
}

interface Waiting {
  request: WorkerRequest;
  reply: (reply: WorkerReply) => void;
  since: number;
}

/** Reads the open register or nothing at all: answered at once, even while a write waits. */
export function answersAtOnce(method: string): boolean {
  if (!isMethodName(method)) return true;
  const spec = contract[method];
  return method === 'getSession' || (spec.needsRegister && !spec.write);
}

/** Runs `fn` with the connection's busy timeout set to `ms`, restoring it afterwards. */
function withBusyTimeout<T>(sqlite: Database.Database, ms: number, fn: () => T): T {
  const saved = sqlite.pragma('busy_timeout', { simple: true }) as number;
  sqlite.pragma(`busy_timeout = ${ms}`);
  try {
    return fn();
  } finally {
    sqlite.pragma(`busy_timeout = ${saved}`);
  }
}

/** True when this connection could take the write lock right now; it does not keep it. */
export function writeLockFree(sqlite: Database.Database): boolean {
  if (sqlite.inTransaction) return true;
  return withBusyTimeout(sqlite, 0, () => {
    try {
      sqlite.exec('BEGIN IMMEDIATE');
    } catch (err) {
      if ((err as { code?: string }).code === 'SQLITE_BUSY') return false;
      throw err;
    }
    sqlite.exec('ROLLBACK');
    return true;
  });
}

export class CallQueue {
  private readonly waiting: Waiting[] = [];
  private timer: NodeJS.Timeout | null = null;
  private readonly retryMs: number;
  private readonly maxWaitMs: number;

  constructor(
    private readonly host: RegisterHost,
    options: CallQueueOptions = {},
  ) {
    this.retryMs = options.retryMs ?? 20;
    this.maxWaitMs = options.maxWaitMs ?? BUSY_TIMEOUT_MS;
  }

  /** Every request gets exactly one reply, even when the host throws. */
  submit(request: WorkerRequest, reply: (reply: WorkerReply) => void): void {
    if (answersAtOnce(request.method)) {
      // Even while a write waits for the lock: a read does not need it.
      reply({ id: request.id, outcome: this.run(request) });
      return;
    }
    this.waiting.push({ request, reply, since: Date.now() });
    this.drain();
  }

  /** Runs a call now, whatever waits: for the synchronous channel (tests, scripts). */
  runNow(request: WorkerRequest): WorkerReply {
    return { id: request.id, outcome: this.run(request) };
  }

  private drain(): void {
    if (this.timer) return;
    while (this.waiting.length > 0) {
      const next = this.waiting[0]!;
      const sqlite = this.lockedConnection(next.request.method);
      if (sqlite) {
        const waited = Date.now() - next.since;
        if (waited < this.maxWaitMs) {
          this.timer = setTimeout(() => {
            this.timer = null;
            this.drain();
          }, this.retryMs);
          return;
        }
        // Waited as long as SQLite itself would have: fail as busy now rather than wait again.
        this.waiting.shift();
        next.reply({ id: next.request.id, outcome: withBusyTimeout(sqlite, 0, () => this.run(next.request)) });
        continue;
      }
      this.waiting.shift();
      next.reply({ id: next.request.id, outcome: this.run(next.request) });
    }
  }

  /** The open register's connection when `method` writes it and another process holds its write lock. */
  private lockedConnection(method: string): Database.Database | null {
    if (!isMethodName(method) || !contract[method].write) return null;
    const register = this.host.context?.register;
    if (!register || register.readOnly) return null;
    try {
      return writeLockFree(register.sqlite) ? null : register.sqlite;
    } catch {
      // Whatever is wrong with the file, the call itself reports it.
      return null;
    }
  }

  private run(request: WorkerRequest): Outcome<unknown> {
    try {
      return this.host.handle(request.method, request.input);
    } catch (err) {
      return { ok: false, error: toRopaError(err) };
    }
  }
}
