// The export worker thread: opens the register read-only (the window keeps its own connection),
// writes the export and reports progress to the thread that started it.
import { parentPort, workerData } from 'node:worker_threads';
import { useNativeBinding } from '../../db/open';
import { toRopaError } from '../api/errors';
import { renderChanges } from './changes';
import { renderReport } from './export';
import { withReadableRegister } from './read-register';
import type { WorkerJob, WorkerMessage } from './worker';

async function run(job: WorkerJob): Promise<void> {
  const post = (m: WorkerMessage) => parentPort!.postMessage(m);
  useNativeBinding(job.nativeBinding);
  try {
    const settings = { registerPath: job.registerPath, ...(job.fontsFolder ? { fontsFolder: job.fontsFolder } : {}) };
    const result = await withReadableRegister(
      job.registerPath,
      job.migrationsFolder ? { migrationsFolder: job.migrationsFolder } : {},
      (ctx) =>
        job.task.kind === 'report'
          ? renderReport(ctx, job.task.options, (progress) => post({ type: 'progress', progress }), settings)
          : renderChanges(ctx, job.task.options, settings),
    );
    post({ type: 'done', result });
  } catch (err) {
    post({ type: 'failed', error: toRopaError(err, 'The export failed') });
  }
}

await run((workerData as { job: WorkerJob }).job);
