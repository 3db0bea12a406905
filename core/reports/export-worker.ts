// The export worker thread: opens the register read-only (the window keeps its own connection),
// writes the export and reports progress to the thread that started it.
import { parentPort, workerData } from 'node:worker_threads';
import { RegisterFileError, useNativeBinding } from '../../db/open';
import { fileSystemError, RopaFailure, type RopaError } from '../api/errors';
import { writeReport } from './export';
import { withReadableRegister } from './read-register';
import type { WorkerJob, WorkerMessage } from './worker';

function asError(err: unknown): RopaError {
  if (err instanceof RopaFailure) return err.error;
  if (err instanceof RegisterFileError) return { kind: 'file', message: err.message };
  return (
    fileSystemError(err) ?? { kind: 'internal', message: `The export failed: ${(err as Error).message ?? String(err)}` }
  );
}

async function run(job: WorkerJob): Promise<void> {
  const post = (m: WorkerMessage) => parentPort!.postMessage(m);
  useNativeBinding(job.nativeBinding);
  try {
    const settings = { registerPath: job.registerPath, ...(job.fontsFolder ? { fontsFolder: job.fontsFolder } : {}) };
    const result = await withReadableRegister(
      job.registerPath,
      job.migrationsFolder ? { migrationsFolder: job.migrationsFolder } : {},
      (ctx) => writeReport(ctx, job.options, (progress) => post({ type: 'progress', progress }), settings),
    );
    post({ type: 'done', result });
  } catch (err) {
    post({ type: 'failed', error: asError(err) });
  }
}

await run((workerData as { job: WorkerJob }).job);
