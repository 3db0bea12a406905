// Entry of the thread that checks a register after the app opened it (core/open-check.ts): started
// by the register worker, bundled to out/main/open-check-worker.js for Electron.
import { parentPort, workerData } from 'node:worker_threads';
import { useNativeBinding } from '../db/open';
import { runOpenCheck, type OpenCheckJob, type OpenCheckMessage } from './open-check';

const { job } = workerData as { job: OpenCheckJob };
const post = (m: OpenCheckMessage) => parentPort!.postMessage(m);
useNativeBinding(job.nativeBinding);
try {
  post({ type: 'done', outcome: runOpenCheck(job) });
} catch (err) {
  post({ type: 'failed', message: (err as Error).message });
}
