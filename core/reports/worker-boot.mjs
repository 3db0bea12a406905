// Development entry of the export worker: worker threads do not inherit a TypeScript loader from
// vitest, so this registers tsx and then loads the TypeScript entry named in workerData. Bundled
// builds start their compiled export-worker.js directly instead.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
