// Two real processes editing one register file at the same time: no lost update, no busy error,
// and each sees the other's saves through pollChanges.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, must } from './dispatcher';
import { openLocked } from './lock';
import { bundleChild, startBundled, startChild } from './processes/spawn';
import { newRegister } from './register';
import { closeAfterTest, tempDir } from './test-helpers';
import { verifyRegister } from './verify';

const ACTIVITIES = 100;
const UPDATES_EACH = 5_000;

/**
 * The race is about locking, not the disk: on tmpfs (when there is one) fsync costs nothing and
 * the 10,000 saves take a minute instead of several.
 */
function fastDir(): string {
  if (!fs.existsSync('/dev/shm')) return tempDir();
  const dir = fs.mkdtempSync(path.join('/dev/shm', 'ropa-race-'));
  closeAfterTest(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function registerWithActivities(dir: string, n: number): string {
  const file = path.join(dir, 'shared.sqlite');
  const ctx = newRegister(file, { author: 'setup' });
  const org = must(ctx, 'createOrganisation', { name: 'Itsme NV', country: 'BE' });
  for (let i = 0; i < n; i++)
    must(ctx, 'createActivity', { organisationId: org.id, name: `Activity ${i}`, reference: String(i) });
  ctx.register.close();
  return file;
}

interface RaceResult {
  successes: number;
  conflicts: number;
}

describe('two processes on one register', () => {
  it(`${UPDATES_EACH} updates each of the same ${ACTIVITIES} activities: no lost update, every stale write a conflict, no busy error`, async () => {
    const file = registerWithActivities(fastDir(), ACTIVITIES);
    const child = await bundleChild('update-race.ts');
    const racers = [
      startBundled(child, [file, String(UPDATES_EACH)]),
      startBundled(child, [file, String(UPDATES_EACH)]),
    ];
    await Promise.all(racers.map((r) => r.waitFor((l) => l === 'ready')));
    for (const r of racers) r.proc.stdin.end('go\n');
    const results: RaceResult[] = [];
    for (const r of racers) {
      const code = await r.exited;
      expect(code, `${r.lines.join('\n')}\n${r.stderr()}`).toBe(0);
      results.push(JSON.parse(r.lines.at(-1)!) as RaceResult);
    }
    for (const r of results) expect(r.successes + r.conflicts).toBe(UPDATES_EACH);
    const saved = results.reduce((n, r) => n + r.successes, 0);
    // Both really raced: each had writes refused because the other got there first.
    expect(results.every((r) => r.conflicts > 0)).toBe(true);

    const { ctx, close } = openLocked(file, 'auditor');
    closeAfterTest(close);
    const versions = ctx.register.sqlite.prepare('SELECT sum(version - 1) FROM activities').pluck().get();
    expect(versions).toBe(saved);
    const updates = ctx.register.sqlite
      .prepare("SELECT count(*) FROM history WHERE entity = 'activity' AND action = 'update'")
      .pluck()
      .get();
    expect(updates).toBe(saved);
    expect(verifyRegister(ctx.register.sqlite)).toMatchObject({ ok: true, firstBreak: null });
  }, 600_000);

  it("pollChanges reports a colleague's save in another process, and never one's own", async () => {
    const file = registerWithActivities(tempDir(), 1);
    const alice = openLocked(file, 'alice');
    closeAfterTest(alice.close);
    const first = must(alice.ctx, 'pollChanges', {});
    expect(first.changed).toBe(false);
    const [summary] = must(alice.ctx, 'listActivities', {});
    const mine = must(alice.ctx, 'getActivity', { id: summary!.id });
    must(alice.ctx, 'updateActivity', { id: mine.id, version: mine.version, fields: { ...mine, owner: 'Alice' } });
    expect(must(alice.ctx, 'pollChanges', { since: first.dataVersion })).toMatchObject({
      changed: false,
      dataVersion: first.dataVersion,
    });

    // Bob, in another process, saves one update ("open anyway").
    const bob = startChild('update-race.ts', [file, '1']);
    await bob.waitFor((l) => l === 'ready');
    bob.proc.stdin.end('go\n');
    expect(await bob.exited, bob.stderr()).toBe(0);
    const after = must(alice.ctx, 'pollChanges', { since: first.dataVersion });
    expect(after.changed).toBe(true);
    // Alice's stale copy is now a conflict carrying Bob's version, which she can compare field by field.
    const mineNow = must(alice.ctx, 'getActivity', { id: mine.id });
    const bobSaved = JSON.parse(bob.lines.at(-1)!) as RaceResult;
    expect(mineNow.version).toBe(2 + bobSaved.successes);
    const out = call(alice.ctx, 'updateActivity', {
      id: mine.id,
      version: 2,
      fields: { ...mine, owner: 'Alice again' },
    });
    expect(out.ok ? null : out.error).toMatchObject({
      kind: 'conflict',
      current: { version: mineNow.version, owner: expect.stringMatching(/^\d+-0$/) },
    });
    expect(must(alice.ctx, 'pollChanges', { since: after.dataVersion }).changed).toBe(false);
  }, 60_000);
});
