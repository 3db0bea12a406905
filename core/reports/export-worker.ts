// The export worker thread: opens the register read-only (the window keeps its own connection),
// writes the export and reports progress to the thread that started it.
import { parentPort, workerData } from 'node:worker_threads';
import { RegisterFileError, useNativeBinding } from '../../db/open';
import { RopaFailure, type RopaError } from '../errors';
import { openSession } from '../register';
import { writeReport } from './export';
import type { WorkerJob, WorkerMessage } from './worker';

function asError(err: unknown): RopaError {
  if (err instanceof RopaFailure) return err.error;
  if (err instanceof RegisterFileError) return { kind: 'file', message: err.message };
  return { kind: 'internal', message: `The export failed: ${(err as Error).message ?? String(err)}` };
}

async function run(job: WorkerJob): Promise<void> {
  const post = (m: WorkerMessage) => parentPort!.postMessage(m);
  useNativeBinding(job.nativeBinding);
  try {
    const ctx = openSession(job.registerPath, 'export', { readOnly: true, ...(job.migrationsFolder ? { migrationsFolder: job.migrationsFolder } : {}) });
    try {
      const result = await writeReport(ctx, job.options, (progress) => post({ type: 'progress', progress }), job.fontsFolder ? { fontsFolder: job.fontsFolder } : {});
      post({ type: 'done', result });
    } finally {
      ctx.register.close();
    }
  } catch (err) {
    post({ type: 'failed', error: asError(err) });
  }
}

await run((workerData as { job: WorkerJob }).job);
