// The handle on the register worker (core/register-thread.ts) that Electron's main process and the
// browser host hold: each call becomes a message with an id and a promise that the matching reply
// settles. If the worker dies, pending calls end with an error and the next call starts a fresh
// worker (with no register open) instead of hanging the window.
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Outcome } from './api/contract';
import type { SyncChannel, WorkerJsonReply, WorkerOptions, WorkerReply, WorkerRequest } from './worker-protocol';

/** How long `callSync` blocks at most. */
const SYNC_LIMIT_MS = 60_000;

/**
 * Starts the worker from source: worker threads do not inherit a TypeScript loader, so
 * worker-boot.mjs registers tsx and then imports the entry (the browser host, tests). Electron starts
 * the bundled out/main/worker.js instead.
 */
export function workerFromSource(options: WorkerOptions): () => Worker {
  const boot = fileURLToPath(new URL('./reports/worker-boot.mjs', import.meta.url));
  const entry = new URL('./register-thread.ts', import.meta.url).href;
  return () => new Worker(boot, { workerData: { ...options, entry } });
}

export class RegisterWorker {
  private worker: Worker | null = null;
  private sync: { port: MessagePort; signal: Int32Array } | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, (reply: WorkerReply | WorkerJsonReply) => void>();

  /** `spawn` starts the thread: the bundled worker.js in Electron, the TypeScript entry in tests. */
  constructor(private readonly spawn: () => Worker) {}

  call(method: string, input: unknown): Promise<Outcome<unknown>> {
    return this.ask(method, input, false).then((reply) =>
      'outcome' in reply ? reply.outcome : (JSON.parse(Buffer.from(reply.json).toString('utf8')) as Outcome<unknown>),
    );
  }

  /**
   * The same call, answered as the Outcome's JSON (UTF-8): what the browser host sends the page,
   * made in the worker, so this thread only passes the bytes on.
   */
  callJson(method: string, input: unknown): Promise<Uint8Array> {
    return this.ask(method, input, true).then((reply) =>
      'json' in reply ? reply.json : Buffer.from(JSON.stringify(reply.outcome)),
    );
  }

  private ask(method: string, input: unknown, asJson: boolean): Promise<WorkerReply | WorkerJsonReply> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      worker.postMessage({ id, method, input, ...(asJson ? { asJson } : {}) } satisfies WorkerRequest);
    });
  }

  /**
   * The same call, answered before this returns: the calling thread blocks (Atomics.wait) until the
   * worker has run it, outside the order of `call` and without waiting for the register's lock.
   * For tests and scripts only; a server must use `call`.
   */
  callSync(method: string, input: unknown): Outcome<unknown> {
    const worker = this.worker ?? this.start();
    if (!this.sync) {
      const { port1, port2 } = new MessageChannel();
      const signal = new Int32Array(new SharedArrayBuffer(4));
      worker.postMessage({ syncPort: port2, signal } satisfies SyncChannel, [port2]);
      this.sync = { port: port1, signal };
    }
    const { port, signal } = this.sync;
    Atomics.store(signal, 0, 0);
    port.postMessage({ id: this.nextId++, method, input } satisfies WorkerRequest);
    Atomics.wait(signal, 0, 0, SYNC_LIMIT_MS);
    const reply = receiveMessageOnPort(port)?.message as WorkerReply | undefined;
    return (
      reply?.outcome ?? {
        ok: false,
        error: { kind: 'internal', message: `The register worker did not answer ${method} in time.` },
      }
    );
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
    worker.on('message', (reply: WorkerReply | WorkerJsonReply) => this.settle(reply));
    worker.on('error', (err) => this.fail(worker, `The register worker failed: ${err.message}`));
    worker.on('exit', (code) => this.fail(worker, `The register worker stopped (exit code ${code}).`));
    this.worker = worker;
    return worker;
  }

  private settle(reply: WorkerReply | WorkerJsonReply): void {
    const resolve = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    resolve?.(reply);
  }

  private fail(worker: Worker, message: string): void {
    if (this.worker !== worker) return;
    this.worker = null;
    this.sync?.port.close();
    this.sync = null;
    for (const id of [...this.pending.keys()])
      this.settle({ id, outcome: { ok: false, error: { kind: 'internal', message } } });
  }
}
