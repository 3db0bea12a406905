// Messages between the main process and the register worker. The worker owns the RegisterHost, so
// SQLite work (a big check, an export) never runs on the main process's event loop.
import type { Outcome } from '../core/api/contract';

export interface WorkerOptions {
  author: string;
  migrationsFolder: string;
  /** better-sqlite3 addon built for Electron (npm start); absent: the installed one. */
  nativeBinding?: string;
  /** Exports run in a thread of their own: its bundled script and the fonts PDFs embed. */
  exports?: { script: string; fontsFolder: string };
  /** Rolling backups of every register opened (core/backup.ts); none when absent. */
  backups?: { dir: string; keep?: number };
}

export interface WorkerRequest {
  id: number;
  method: string;
  input: unknown;
}

export interface WorkerReply {
  id: number;
  outcome: Outcome<unknown>;
}
