// The register worker: one RegisterHost on its own thread. Every request gets exactly one reply,
// even when the host throws, so a caller in the main process never waits forever.
import { parentPort, workerData } from 'node:worker_threads';
import { useNativeBinding } from '../db/open';
import { RegisterHost } from '../core/host';
import { configureExportWorker } from '../core/reports/jobs';
import type { Outcome } from '../core/api/contract';
import { toRopaError } from '../core/api/errors';
import type { WorkerOptions, WorkerReply, WorkerRequest } from './worker-protocol';

const options = workerData as WorkerOptions;
useNativeBinding(options.nativeBinding);
if (options.exports) {
  const { migrationsFolder, nativeBinding } = options;
  configureExportWorker({ ...options.exports, migrationsFolder, ...(nativeBinding ? { nativeBinding } : {}) });
}
const host = new RegisterHost({
  author: options.author,
  migrationsFolder: options.migrationsFolder,
  ...(options.backups ? { backups: options.backups } : {}),
});

function serve(request: WorkerRequest): Outcome<unknown> {
  try {
    return host.handle(request.method, request.input);
  } catch (err) {
    return { ok: false, error: toRopaError(err) };
  }
}

parentPort!.on('message', (request: WorkerRequest) => {
  const reply: WorkerReply = { id: request.id, outcome: serve(request) };
  parentPort!.postMessage(reply);
});
