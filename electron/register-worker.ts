// The main process's handle on the register worker: each call becomes a message with an id and a
// promise that the matching reply settles. If the worker dies, pending calls end with an error and
// the next call starts a fresh worker (with no register open) instead of hanging the window.
import type { Worker } from 'node:worker_threads';
import type { Outcome } from '../core/api/contract';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

export class RegisterWorker {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, (outcome: Outcome<unknown>) => void>();

  /** `spawn` starts the thread: the bundled worker.js in Electron, the TypeScript entry in tests. */
  constructor(private readonly spawn: () => Worker) {}

  call(method: string, input: unknown): Promise<Outcome<unknown>> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      worker.postMessage({ id, method, input } satisfies WorkerRequest);
    });
  }

  /**
   * Closes the register (so no journal stays beside it) and stops the thread; after `graceMs`
   * (an export still writing) the thread is stopped anyway, and SQLite rolls back on next open.
   */
  async stop(graceMs = 5_000): Promise<void> {
    if (!this.worker) return;
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
    await Promise.race([this.call('closeRegister', {}), grace]);
    clearTimeout(timer);
    const worker = this.worker;
    if (!worker) return;
    this.fail(worker, 'The register worker was stopped before this call finished.');
    await worker.terminate();
  }

  private start(): Worker {
    const worker = this.spawn();
    worker.on('message', (reply: WorkerReply) => this.settle(reply.id, reply.outcome));
    worker.on('error', (err) => this.fail(worker, `The register worker failed: ${err.message}`));
    worker.on('exit', (code) => this.fail(worker, `The register worker stopped (exit code ${code}).`));
    this.worker = worker;
    return worker;
  }

  private settle(id: number, outcome: Outcome<unknown>): void {
    const resolve = this.pending.get(id);
    this.pending.delete(id);
    resolve?.(outcome);
  }

  private fail(worker: Worker, message: string): void {
    if (this.worker !== worker) return;
    this.worker = null;
    for (const id of [...this.pending.keys()]) this.settle(id, { ok: false, error: { kind: 'internal', message } });
  }
}
