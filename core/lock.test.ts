// Presence locks between real processes on a real register: held, stale, overridden, read-only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { call } from './dispatcher';
import { RopaFailure } from './api/errors';
import { RegisterHost } from './host';
import { acquireLock, openLocked, readLocks, STALE_AFTER_MS } from './lock';
import { startChild, type Child } from './processes/spawn';
import { newRegister } from './register';
import { closeAfterTest, leftovers, tempDir } from './test-helpers';

const children: Child[] = [];
afterEach(async () => {
  for (const c of children.splice(0)) {
    c.proc.kill('SIGKILL');
    await c.exited;
  }
});

function registerFile(): string {
  const file = path.join(tempDir(), 'shared.sqlite');
  newRegister(file, { author: 'creator' }).register.close();
  return file;
}

async function colleague(file: string, user: string, mode: 'edit' | 'read' | 'force' = 'edit'): Promise<Child> {
  const child = startChild('hold-lock.ts', [file, user, mode]);
  children.push(child);
  await child.waitFor((l) => l === 'ready');
  return child;
}

function lockedError(fn: () => unknown): RopaFailure['error'] {
  try {
    fn();
  } catch (err) {
    if (err instanceof RopaFailure) return err.error;
    throw err;
  }
  throw new Error('expected a refusal');
}

/** A lock file as another computer's app would have left it. */
function foreignLock(file: string, heartbeatAgoMs: number): string {
  const at = new Date(Date.now() - heartbeatAgoMs).toISOString();
  const lockFile = path.join(path.dirname(file), `.~lock.${path.basename(file)}#laptop-7-abc123`);
  fs.writeFileSync(
    lockFile,
    JSON.stringify({ user: 'carol', host: 'laptop-of-carol', pid: 7, since: at, heartbeat: at, readOnly: false }),
  );
  return lockFile;
}

describe('presence lock file', () => {
  it('is written beside the register on open, names who and where, and goes on close', () => {
    const file = registerFile();
    const session = openLocked(file, 'alice');
    const [lock, ...more] = readLocks(file);
    expect(more).toEqual([]);
    expect(path.dirname(lock!.file)).toBe(path.dirname(file));
    expect(path.basename(lock!.file).startsWith(`.~lock.shared.sqlite#`)).toBe(true);
    expect(lock!.holder).toMatchObject({ user: 'alice', host: os.hostname(), pid: process.pid, readOnly: false });
    session.close();
    expect(readLocks(file)).toEqual([]);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['shared.sqlite']);
  });

  it('refuses to open for editing while a colleague in another process holds it, naming them', async () => {
    const file = registerFile();
    const bob = await colleague(file, 'bob');
    const error = lockedError(() => openLocked(file, 'alice'));
    expect(error.kind).toBe('locked');
    if (error.kind !== 'locked') return;
    expect(error.holders).toMatchObject([{ user: 'bob', host: os.hostname(), pid: bob.proc.pid }]);
    expect(error.message).toMatch(
      /^shared\.sqlite is open for editing by bob on .+ since \d{4}-\d\d-\d\d \d\d:\d\d UTC; open it read-only, or open it anyway/,
    );
    // The refusal left no lock of ours behind.
    expect(readLocks(file).map((l) => l.holder.user)).toEqual(['bob']);
  });

  it('opens read-only beside a holder, and a read-only register refuses writes with a clear error', async () => {
    const file = registerFile();
    await colleague(file, 'bob');
    const session = openLocked(file, 'alice', { readOnly: true });
    closeAfterTest(() => session.close());
    const out = call(session.ctx, 'createOrganisation', { name: 'Acme NV', country: 'BE' });
    expect(out).toEqual({
      ok: false,
      error: { kind: 'read_only', message: 'This register is open read-only; changes cannot be saved.' },
    });
    expect(call(session.ctx, 'listOrganisations', {}).ok).toBe(true);
    // Bob sees Alice as a reader; a reader never blocks an editor.
    expect(
      readLocks(file)
        .map((l) => [l.holder.user, l.holder.readOnly])
        .sort(),
    ).toEqual([
      ['alice', true],
      ['bob', false],
    ]);
  });

  it('opens anyway on request: both holders are listed, each sees the other', async () => {
    const file = registerFile();
    const bob = await colleague(file, 'bob');
    const session = openLocked(file, 'alice', { force: true });
    closeAfterTest(() => session.close());
    expect(
      readLocks(file)
        .map((l) => l.holder.user)
        .sort(),
    ).toEqual(['alice', 'bob']);
    const poll = call(session.ctx, 'pollChanges', {});
    expect(poll.ok && poll.value.others.map((o) => [o.user, o.pid])).toEqual([['bob', bob.proc.pid]]);
    // Bob's window opened with "open anyway" too would see Alice: a third process proves it.
    const carol = await colleague(file, 'carol', 'force');
    expect(readLocks(file)).toHaveLength(3);
    carol.proc.stdin.end();
    await carol.waitFor((l) => l === 'closed');
    expect(
      readLocks(file)
        .map((l) => l.holder.user)
        .sort(),
    ).toEqual(['alice', 'bob']);
  });

  it('is removed when the app exits without closing the register', async () => {
    const file = registerFile();
    const bob = startChild('hold-lock.ts', [file, 'bob', 'edit', 'exit']);
    children.push(bob);
    await bob.waitFor((l) => l === 'ready');
    expect(readLocks(file).map((l) => l.holder.user)).toEqual(['bob']);
    bob.proc.stdin.end();
    expect(await bob.exited).toBe(0);
    expect(readLocks(file)).toEqual([]);
  });

  it('treats the lock of a killed process on this computer as stale and removes it', async () => {
    const file = registerFile();
    const bob = await colleague(file, 'bob');
    bob.proc.kill('SIGKILL');
    await bob.exited;
    expect(readLocks(file).map((l) => l.holder.user)).toEqual(['bob']);
    const session = openLocked(file, 'alice');
    expect(readLocks(file).map((l) => l.holder.user)).toEqual(['alice']);
    session.close();
    expect(leftovers(file)).toEqual([]);
  });

  it('treats a lock from another computer as live while its heartbeat is fresh, stale once it is old', () => {
    const file = registerFile();
    const fresh = foreignLock(file, 20_000);
    expect(lockedError(() => openLocked(file, 'alice'))).toMatchObject({
      kind: 'locked',
      holders: [{ user: 'carol', host: 'laptop-of-carol' }],
    });
    fs.rmSync(fresh);
    const old = foreignLock(file, STALE_AFTER_MS + 60_000);
    const session = openLocked(file, 'alice');
    expect(fs.existsSync(old)).toBe(false);
    session.close();
  });

  it('heartbeat rewrites only its own file, atomically', () => {
    const file = registerFile();
    const lock = acquireLock(file, { user: 'alice' })!;
    const later = new Date(Date.now() + 30_000);
    lock.heartbeat(later);
    expect(readLocks(file)[0]!.holder.heartbeat).toBe(later.toISOString());
    expect(fs.readdirSync(path.dirname(file)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    lock.release();
  });
});

describe('RegisterHost and the lock', () => {
  it('offers the choice: locked error with the holder, then read-only or anyway; close releases', async () => {
    const file = registerFile();
    await colleague(file, 'bob');
    const host = new RegisterHost({ author: 'alice' });
    closeAfterTest(() => host.close());
    const refused = host.handle('openRegister', { path: file });
    expect(refused.ok ? null : refused.error).toMatchObject({ kind: 'locked', holders: [{ user: 'bob' }] });
    expect(host.session().path).toBeNull();

    const readOnly = host.handle('openRegister', { path: file, readOnly: true });
    expect(readOnly).toMatchObject({ ok: true, value: { readOnly: true } });
    const anyway = host.handle('openRegister', { path: file, force: true });
    expect(anyway).toMatchObject({ ok: true, value: { readOnly: false } });
    expect(
      readLocks(file)
        .map((l) => l.holder.user)
        .sort(),
    ).toEqual(['alice', 'bob']);
    host.handle('closeRegister', {});
    expect(readLocks(file).map((l) => l.holder.user)).toEqual(['bob']);
  });

  it('a refused reopen for editing leaves the read-only session open', async () => {
    const file = registerFile();
    await colleague(file, 'bob');
    const host = new RegisterHost({ author: 'alice' });
    closeAfterTest(() => host.close());
    expect(host.handle('openRegister', { path: file, readOnly: true }).ok).toBe(true);
    const refused = host.handle('openRegister', { path: file });
    expect(refused.ok ? 'ok' : refused.error.kind).toBe('locked');
    expect(host.session()).toMatchObject({ path: file, readOnly: true });
    expect(host.handle('listOrganisations', {}).ok).toBe(true);
    expect(
      readLocks(file)
        .map((l) => l.holder.user)
        .sort(),
    ).toEqual(['alice', 'bob']);
  });

  it('reopening the file it already has open is not blocked by its own lock', () => {
    const file = registerFile();
    const host = new RegisterHost({ author: 'alice' });
    closeAfterTest(() => host.close());
    expect(host.handle('openRegister', { path: file }).ok).toBe(true);
    expect(host.handle('openRegister', { path: file }).ok).toBe(true);
    expect(readLocks(file)).toHaveLength(1);
  });
});
