// Runs an export in a worker thread so a 1,000-page PDF never blocks the window or the host.
// In development, the CLI and tests the worker is the TypeScript entry loaded through tsx
// (worker-boot.mjs). A bundled build (electron.vite.config.ts) compiles core/reports/export-worker.ts
// to out/main/export-worker.js; the Electron side passes that file as `script` together with its
// fonts folder, migrations folder and better-sqlite3 binding (see configureExportWorker).
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { RopaFailure, type RopaError } from '../api/errors';
import type {
  ExportProgress,
  ExportResult,
  ParsedChangesExportOptions,
  ParsedExportOptions,
} from '../api/export-options';

export interface WorkerSettings {
  /** The compiled worker entry of a bundled build. */
  script?: string;
  migrationsFolder?: string;
  fontsFolder?: string;
  /** better-sqlite3 binary built for the runtime (Electron's differs from Node's). */
  nativeBinding?: string;
}

/** What the worker writes: a report of the register, or the changes report of a period. */
export type WorkerTask =
  { kind: 'report'; options: ParsedExportOptions } | { kind: 'changes'; options: ParsedChangesExportOptions };

export interface WorkerJob {
  registerPath: string;
  task: WorkerTask;
  migrationsFolder?: string | undefined;
  fontsFolder?: string | undefined;
  nativeBinding?: string | undefined;
}

export type WorkerMessage =
  | { type: 'progress'; progress: ExportProgress }
  | { type: 'done'; result: ExportResult }
  | { type: 'failed'; error: RopaError };

export function exportInWorker(
  registerPath: string,
  options: ParsedExportOptions,
  onProgress?: (p: ExportProgress) => void,
  settings: WorkerSettings = {},
): Promise<ExportResult> {
  return runInWorker(registerPath, { kind: 'report', options }, onProgress, settings);
}

/** Writes the changes report of a period in the export worker. */
export function changesInWorker(
  registerPath: string,
  options: ParsedChangesExportOptions,
  settings: WorkerSettings = {},
): Promise<ExportResult> {
  return runInWorker(registerPath, { kind: 'changes', options }, undefined, settings);
}

function runInWorker(
  registerPath: string,
  task: WorkerTask,
  onProgress: ((p: ExportProgress) => void) | undefined,
  settings: WorkerSettings,
): Promise<ExportResult> {
  const job: WorkerJob = {
    registerPath,
    task,
    migrationsFolder: settings.migrationsFolder,
    fontsFolder: settings.fontsFolder,
    nativeBinding: settings.nativeBinding,
  };
  const worker = settings.script
    ? new Worker(settings.script, { workerData: { job } })
    : new Worker(fileURLToPath(new URL('./worker-boot.mjs', import.meta.url)), {
        workerData: { job, entry: new URL('./export-worker.ts', import.meta.url).href },
      });
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
    };
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') onProgress?.(m.progress);
      else if (m.type === 'done') settle(() => resolve(m.result));
      else settle(() => reject(new RopaFailure(m.error)));
    });
    worker.on('error', (err) => settle(() => reject(err)));
    worker.on('exit', (code) =>
      settle(() => reject(new Error(`The export worker stopped unexpectedly (exit code ${code}).`))),
    );
  });
}
