// Messages between the register worker (core/register-thread.ts) and the thread that started it:
// Electron's main process or the browser host. The worker owns the RegisterHost, so SQLite work (a
// big check, an export, a wait for another process's lock) never runs on their event loop.
import type { MessagePort } from 'node:worker_threads';
import type { Outcome } from './api/contract';

export interface WorkerOptions {
  author: string;
  /** The author was given (--author, ROPA_AUTHOR) rather than taken from the OS user. */
  authorChosen?: boolean;
  migrationsFolder: string;
  /** better-sqlite3 addon built for Electron (npm start); absent: the installed one. */
  nativeBinding?: string;
  /** The checks after opening run in a thread of their own (core/open-check.ts): its bundled script; from source when absent. */
  openCheckScript?: string;
  /** Exports run in a thread of their own: its bundled script and the fonts PDFs embed. */
  exports?: { script: string; fontsFolder: string };
  /** Rolling backups of every register opened (core/backup.ts); none when absent. */
  backups?: { dir: string; keep?: number };
  /** The home folder whose Documents folder the browser host's export path starts in; the OS's when absent. */
  home?: string;
}

export interface WorkerRequest {
  id: number;
  method: string;
  input: unknown;
  /**
   * Answer with the Outcome as JSON (WorkerJsonReply): the browser host sends it on as it is, so
   * a large answer (the packed activity list, 14 MB at 100,000) is neither cloned between threads
   * as objects nor turned into JSON on the thread that serves the page.
   */
  asJson?: boolean;
}

export interface WorkerReply {
  id: number;
  outcome: Outcome<unknown>;
}

/** The answer to a request with `asJson`: the Outcome's JSON, UTF-8 encoded. */
export interface WorkerJsonReply {
  id: number;
  json: Uint8Array;
}

/**
 * Sent once to open the synchronous channel: the worker answers each request on `port` and then
 * sets `signal[0]` to 1 and wakes the caller blocked in Atomics.wait (RegisterWorker.callSync).
 */
export interface SyncChannel {
  syncPort: MessagePort;
  signal: Int32Array;
}
