// The register worker's call queue, in this thread: a write that finds another process holding the
// register's write lock waits without blocking the thread, reads are answered meanwhile, writes keep
// their order, and a write never waits longer than SQLite's own busy timeout would have made it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Outcome } from './api/contract';
import { CallQueue, answersAtOnce } from './call-queue';
import { RegisterHost } from './host';
import { startChild } from './processes/spawn';
import { newRegister } from './register';
import { closeAfterTest, tempDir } from './test-helpers';
import type { WorkerReply } from './worker-protocol';

function openHost(): { host: RegisterHost; file: string } {
  const file = path.join(tempDir(), 'shared.sqlite');
  newRegister(file, { author: 'setup' }).register.close();
  const host = new RegisterHost({ author: 'Ana' });
  host.open(file);
  closeAfterTest(() => host.close());
  return { host, file };
}

async function lockedBy(file: string, ms: number) {
  const holder = startChild('hold-write-lock.ts', [file, String(ms)]);
  await holder.waitFor((line) => line === 'locked');
  const released = holder.waitFor((line) => line.startsWith('released ')).then((line) => Number(line.split(' ')[1]));
  return { holder, released };
}

/** Submits a call and resolves with its outcome and when it arrived. */
function submit(queue: CallQueue, id: number, method: string, input: unknown) {
  return new Promise<{ outcome: Outcome<unknown>; at: number }>((resolve) =>
    queue.submit({ id, method, input }, (reply: WorkerReply) => resolve({ outcome: reply.outcome, at: Date.now() })),
  );
}

describe('register worker call queue', () => {
  it('answers reads at once and runs the waiting writes in order once the other process lets go', async () => {
    const { host, file } = openHost();
    const queue = new CallQueue(host);
    const { holder, released } = await lockedBy(file, 2_000);
    const first = submit(queue, 1, 'createOrganisation', { name: 'First NV' });
    const second = submit(queue, 2, 'createOrganisation', { name: 'Second NV' });
    const read = await submit(queue, 3, 'listOrganisations', {});
    const session = await submit(queue, 4, 'getSession', undefined);
    expect(read.outcome).toEqual({ ok: true, value: [] });
    expect(session.outcome).toMatchObject({ ok: true, value: { fileName: 'shared.sqlite' } });
    const letGo = await released;
    expect(read.at).toBeLessThan(letGo);
    const [a, b] = await Promise.all([first, second]);
    expect([a.outcome.ok, b.outcome.ok]).toEqual([true, true]);
    expect(a.at).toBeGreaterThanOrEqual(letGo);
    expect(a.at).toBeLessThanOrEqual(b.at);
    const names = host.handle('listOrganisations', {});
    expect(names.ok && (names.value as { name: string }[]).map((o) => o.name)).toEqual(['First NV', 'Second NV']);
    expect(await holder.exited).toBe(0);
  }, 30_000);

  it('gives up on a write as busy after the wait SQLite would have allowed, once, without changing anything', async () => {
    const { host, file } = openHost();
    const queue = new CallQueue(host, { maxWaitMs: 500 });
    const { released } = await lockedBy(file, 4_000);
    const write = await submit(queue, 1, 'createOrganisation', { name: 'Impatient NV' });
    expect(write.outcome).toMatchObject({ ok: false, error: { kind: 'file', message: expect.stringMatching(/busy/) } });
    // Refused while the lock was still held: it did not wait another busy timeout on top.
    expect(write.at).toBeLessThan(await released);
    expect(host.handle('listOrganisations', {})).toEqual({ ok: true, value: [] });
  }, 30_000);

  it('lets reads and the session query through, and queues writes and session changes', () => {
    expect(
      ['getRegisterInfo', 'listActivities', 'pollChanges', 'getSession', 'exportReport'].map(answersAtOnce),
    ).toEqual([true, true, true, true, true]);
    expect(
      ['createActivity', 'updateActivity', 'openRegister', 'closeRegister', 'restoreBackup'].map(answersAtOnce),
    ).toEqual([false, false, false, false, false]);
  });
});
