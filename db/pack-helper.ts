// A second thread that compresses history texts while the writing thread does other work: a batch
// of created activities (an import, createActivities) has some 3 KB of changes per entry to
// deflate, about 60 us each, the largest share of recording them. The write transaction is
// synchronous, so the writer hands texts over, goes on (writing the batch's rows, hashing the
// chain), and then blocks until the helper's part is back. Anything amiss (no thread, an error, a
// timeout) and the writer compresses that part itself, so the entries are the same whichever
// thread packed them.
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

/**
 * What the helper runs, as source so that no file has to be found or bundled. Its packing rule is
 * encodeChanges' (db/history-chain.ts), written again because an evaluated thread cannot import it;
 * pack-helper.test.ts holds the two to the same bytes.
 */
const HELPER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { deflateRawSync } = require('node:zlib');
const { port, signal, minPacked } = workerData;
const flag = new Int32Array(signal);
port.on('message', ({ id, texts }) => {
  let packed = null;
  try {
    packed = texts.map((text) => {
      if (text.length < minPacked) return text;
      const p = deflateRawSync(text);
      return p.length < Buffer.byteLength(text) ? p : text;
    });
  } catch {}
  port.postMessage({ id, packed });
  Atomics.add(flag, 0, 1);
  Atomics.notify(flag, 0);
});
`;

/** Longest the writer waits for the helper's part before packing it itself. */
const WAIT_MS = 10_000;

interface Helper {
  worker: Worker;
  port: MessagePort;
  /** Counts the helper's answers, for the writer to wait on. */
  flag: Int32Array;
}

let helper: Helper | null | undefined;
let lastId = 0;

function startHelper(minPacked: number): Helper | null {
  try {
    const { port1, port2 } = new MessageChannel();
    const signal = new SharedArrayBuffer(4);
    const worker = new Worker(HELPER_SOURCE, {
      eval: true,
      workerData: { port: port2, signal, minPacked },
      transferList: [port2],
    });
    // Never keeps a process alive; a helper that fails is not used again.
    worker.unref();
    port1.unref();
    const drop = () => {
      if (helper?.worker === worker) helper = null;
    };
    worker.on('error', drop);
    worker.on('exit', drop);
    return { worker, port: port1, flag: new Int32Array(signal) };
  } catch {
    return null;
  }
}

/** Texts being packed: `finish` gives every text packed, in order. */
export interface Packing {
  finish(): (string | Buffer)[];
}

/**
 * Starts packing `texts` with `pack` (which stores texts under `minPacked` characters as they are):
 * the helper takes those from `from` on at once, this thread the ones before when `finish` is
 * called. Null when no helper runs, for the caller to pack them itself.
 */
export function startPacking(
  texts: readonly string[],
  from: number,
  pack: (text: string) => string | Buffer,
  minPacked: number,
): Packing | null {
  if (helper === undefined) helper = startHelper(minPacked);
  const h = helper;
  if (!h) return null;
  const id = ++lastId;
  const theirs = texts.slice(from);
  try {
    h.port.postMessage({ id, texts: theirs });
  } catch {
    return null;
  }
  return {
    finish() {
      const ours = texts.slice(0, from).map(pack);
      const packed = answer(h, id);
      if (!packed || packed.length !== theirs.length) {
        // No answer in time, or a failure there: this thread packs the rest.
        if (helper === h) helper = null;
        void h.worker.terminate();
        return [...ours, ...theirs.map(pack)];
      }
      // Buffers arrive as plain Uint8Arrays; the register stores either as the same BLOB.
      return [
        ...ours,
        ...packed.map((p) => (typeof p === 'string' ? p : Buffer.from(p.buffer, p.byteOffset, p.byteLength))),
      ];
    },
  };
}

/** The helper's answer to `id`, waiting for it; answers to packings never finished (a write that failed) are skipped. */
function answer(h: Helper, id: number): (string | Uint8Array)[] | null {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const seen = Atomics.load(h.flag, 0);
    let reply = receiveMessageOnPort(h.port);
    while (reply) {
      const message = reply.message as { id: number; packed: (string | Uint8Array)[] | null };
      if (message.id === id) return message.packed;
      reply = receiveMessageOnPort(h.port);
    }
    const left = deadline - Date.now();
    if (left <= 0 || Atomics.wait(h.flag, 0, seen, left) === 'timed-out') return null;
  }
}
