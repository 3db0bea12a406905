// Crash safety on a real file: a child process saving activities is killed with SIGKILL at random
// moments, 200 times. After each kill the register opens as the app opens it, passes
// integrity_check and the history check, and holds every save the child reported as committed.
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { must } from './dispatcher';
import { openLocked, readLocks } from './lock';
import { bundleChild, startBundled } from './processes/spawn';
import { newRegister } from './register';
import { leftovers, tempDir } from './test-helpers';
import { verifyRegister } from './verify';

const KILLS = 200;

/** id -> the highest version the child reported as committed. */
function reportedCommits(lines: string[], into: Map<string, number>): void {
  for (const line of lines) {
    const [kind, id, version] = line.split(' ');
    if (kind === 'c' && id) into.set(id, Math.max(into.get(id) ?? 0, 1));
    if (kind === 'u' && id) into.set(id, Math.max(into.get(id) ?? 0, Number(version)));
  }
}

it(`keeps every committed save and a sound file through ${KILLS} kills mid-save`, async () => {
  const file = path.join(tempDir(), 'crash.sqlite');
  const setup = newRegister(file, { author: 'setup' });
  must(setup, 'createOrganisation', { name: 'Itsme NV', country: 'BE' });
  setup.register.close();
  const child = await bundleChild('write-loop.ts');
  const committed = new Map<string, number>();

  for (let i = 0; i < KILLS; i++) {
    const writer = startBundled(child, [file]);
    await writer.waitFor((l) => l === 'ready');
    await sleep(20 + Math.floor(Math.random() * 280));
    writer.proc.kill('SIGKILL');
    expect(await writer.exited, writer.stderr()).toBeNull();
    reportedCommits(writer.lines, committed);

    const session = openLocked(file, 'auditor');
    const check = verifyRegister(session.ctx.register.sqlite);
    expect(check, `after kill ${i + 1}`).toMatchObject({ ok: true, integrity: ['ok'], firstBreak: null });
    const stored = new Map(
      session.ctx.register.sqlite.prepare('SELECT id, version FROM activities').raw().all() as [string, number][],
    );
    const lost = [...committed].filter(([id, version]) => (stored.get(id) ?? 0) < version);
    expect(lost, `after kill ${i + 1}`).toEqual([]);
    session.close();
    // The killed child's lock was recognised as stale and removed; no journal stays behind.
    expect(readLocks(file)).toEqual([]);
    expect(leftovers(file)).toEqual([]);
  }
  // The kills landed while saving, not before the first save.
  expect(committed.size).toBeGreaterThan(KILLS);
  // About 80 s on two busy cores; the margin is for a machine doing much other work.
}, 600_000);
