// The register worker's body: one RegisterHost on its own thread, started by Electron's main process
// (electron/worker.ts, bundled to out/main/worker.js) and by the browser host (web/host.ts, from
// source through tsx). Every request gets exactly one reply, even when the host throws, so a caller
// never waits forever; a write waiting for another process's lock never holds up reads (call-queue.ts).
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { useNativeBinding } from '../db/open';
import { CallQueue } from './call-queue';
import { RegisterHost } from './host';
import { configureExportWorker } from './reports/jobs';
import type { Outcome } from './api/contract';
import type { SyncChannel, WorkerJsonReply, WorkerOptions, WorkerReply, WorkerRequest } from './worker-protocol';

if (!parentPort) throw new Error('core/register-thread.ts runs as a worker thread only.');
const port: MessagePort = parentPort;

const options = workerData as WorkerOptions;
useNativeBinding(options.nativeBinding);
if (options.exports) {
  const { migrationsFolder, nativeBinding } = options;
  configureExportWorker({ ...options.exports, migrationsFolder, ...(nativeBinding ? { nativeBinding } : {}) });
}
const host = new RegisterHost({
  author: options.author,
  ...(options.authorChosen ? { authorChosen: true } : {}),
  migrationsFolder: options.migrationsFolder,
  ...(options.backups ? { backups: options.backups } : {}),
  ...(options.home ? { home: options.home } : {}),
  // quick_check and the data check after opening, off this thread: calls are answered meanwhile.
  openCheck: {
    ...(options.openCheckScript ? { script: options.openCheckScript } : {}),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  },
});
const queue = new CallQueue(host);

function openSyncChannel({ syncPort, signal }: SyncChannel): void {
  syncPort.on('message', (request: WorkerRequest) => {
    syncPort.postMessage(queue.runNow(request));
    Atomics.store(signal, 0, 1);
    Atomics.notify(signal, 0);
  });
}

/**
 * The JSON of each packed activity list answered: listActivityRows answers the same object while
 * the register is unchanged (core/activity-summaries.ts), so the page's every load after the first
 * costs a copy of bytes, not 14 MB of JSON written again at 100,000 activities.
 */
const listJson = new WeakMap<object, Uint8Array>();

const encode = (outcome: Outcome<unknown>): Uint8Array => Buffer.from(JSON.stringify(outcome));

function jsonReply(method: string, { id, outcome }: WorkerReply): WorkerJsonReply {
  if (method !== 'listActivityRows' || !outcome.ok || typeof outcome.value !== 'object' || outcome.value === null)
    return { id, json: encode(outcome) };
  let json = listJson.get(outcome.value);
  if (!json) listJson.set(outcome.value, (json = encode(outcome)));
  return { id, json };
}

port.on('message', (message: WorkerRequest | SyncChannel) => {
  if ('syncPort' in message) return openSyncChannel(message);
  queue.submit(message, (reply: WorkerReply) =>
    port.postMessage(message.asJson ? jsonReply(message.method, reply) : reply),
  );
});
