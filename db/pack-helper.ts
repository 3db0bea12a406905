// A second thread that compresses history texts while the writing thread hashes and compresses
// others: a batch of created activities (an import, createActivities) has some 3 KB of changes per
// entry to deflate, about 60 us each, the largest share of recording them. The write transaction
// is synchronous, so the writer hands part of a batch over, does its own part and then blocks
// until the helper's part is back; anything amiss (no thread, an error, a timeout) and the writer
// compresses that part itself, so the entries are the same whichever thread packed them.
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

/** What the helper runs: the same rule as encodeChanges, given as source so no file has to be found or bundled. */
const HELPER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { deflateRawSync } = require('node:zlib');
const { port, signal } = workerData;
const flag = new Int32Array(signal);
port.on('message', (texts) => {
  let out;
  try {
    out = texts.map((text) => {
      const packed = deflateRawSync(text);
      return packed.length < Buffer.byteLength(text) ? packed : text;
    });
  } catch {
    out = null;
  }
  port.postMessage(out);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
`;

/** Longest the writer waits for the helper's part before packing it itself. */
const WAIT_MS = 10_000;

interface Helper {
  worker: Worker;
  port: MessagePort;
  flag: Int32Array;
}

let helper: Helper | null | undefined;

function startHelper(): Helper | null {
  try {
    const { port1, port2 } = new MessageChannel();
    const signal = new SharedArrayBuffer(4);
    const worker = new Worker(HELPER_SOURCE, {
      eval: true,
      workerData: { port: port2, signal },
      transferList: [port2],
    });
    // Never keeps a process alive, and a helper that dies is simply not used again.
    worker.unref();
    port1.unref();
    worker.on('error', () => {
      helper = null;
    });
    worker.on('exit', () => {
      helper = null;
    });
    return { worker, port: port1, flag: new Int32Array(signal) };
  } catch {
    return null;
  }
}

/**
 * Packs `texts` with `pack`, the helper taking those from `from` on while this thread packs the
 * ones before (and does `meanwhile`, given first so its work overlaps too). Returns null when no
 * helper runs, for the caller to pack everything itself.
 */
export function packInParallel(
  texts: readonly string[],
  from: number,
  pack: (text: string) => string | Buffer,
  meanwhile: () => void,
): (string | Buffer)[] | null {
  if (helper === undefined) helper = startHelper();
  const h = helper;
  if (!h) return null;
  const theirs = texts.slice(from);
  Atomics.store(h.flag, 0, 0);
  try {
    h.port.postMessage(theirs);
  } catch {
    return null;
  }
  meanwhile();
  const ours = texts.slice(0, from).map(pack);
  let reply = receiveMessageOnPort(h.port);
  if (!reply && Atomics.wait(h.flag, 0, 0, WAIT_MS) !== 'timed-out') reply = receiveMessageOnPort(h.port);
  const packed = reply?.message as (string | Uint8Array)[] | null | undefined;
  if (!Array.isArray(packed) || packed.length !== theirs.length) {
    // No answer in time, or a failure there: this thread packs the rest; a late answer is dropped.
    helper = null;
    void h.worker.terminate();
    return [...ours, ...theirs.map(pack)];
  }
  // Buffers arrive as plain Uint8Arrays; the register stores either as the same BLOB.
  return [
    ...ours,
    ...packed.map((p) => (typeof p === 'string' ? p : Buffer.from(p.buffer, p.byteOffset, p.byteLength))),
  ];
}
