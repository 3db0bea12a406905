// Opening reads the header, the schema and register_meta only; quick_check runs after, in the
// background, and a damaged page is reported through getOpenCheck (what the window polls), holding
// the register read-only.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openRegister, RegisterFileError } from '../db/open';
import type { OpenCheck, SessionInfo } from './api/types';
import { RegisterHost } from './host';
import { RegisterWorker, workerFromSource } from './register-worker';
import { closeAfterTest, damageTable, sha256, tempDir, tempRegister } from './test-helpers';

const migrationsFolder = path.resolve(import.meta.dirname, '..', 'db', 'migrations');

/** A copy of the sample register with its history table's root page damaged. */
function damagedCopy(): string {
  const ctx = tempRegister({ sample: true });
  ctx.register.close();
  const file = path.join(tempDir(), 'damaged.sqlite');
  fs.copyFileSync(ctx.register.path, file);
  damageTable(file, 'history');
  return file;
}

const workers: RegisterWorker[] = [];
afterEach(async () => {
  for (const w of workers.splice(0)) await w.stop();
});

async function pollUntilDone(w: RegisterWorker): Promise<OpenCheck> {
  for (let i = 0; i < 200; i++) {
    const out = await w.call('getOpenCheck', undefined);
    if (!out.ok) throw new Error(out.error.message);
    const check = out.value as OpenCheck;
    if (check.state === 'done') return check;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the open check did not finish');
}

describe('opening without reading every page', () => {
  it('opens a register with a damaged table page when asked not to check pages, and refuses it otherwise', () => {
    const file = damagedCopy();
    const before = sha256(file);
    expect(() => openRegister(file)).toThrow(RegisterFileError);
    expect(() => openRegister(file)).toThrow(/damaged\.sqlite is damaged/);
    const register = openRegister(file, { checkPages: false });
    closeAfterTest(() => register.close());
    expect(register.schemaVersion).toBeGreaterThan(0);
    register.close();
    expect(sha256(file)).toBe(before);
  });

  it('still refuses, at open, a file whose schema cannot be read', () => {
    const ctx = tempRegister();
    ctx.register.close();
    const file = ctx.register.path;
    const fd = fs.openSync(file, 'r+');
    // Page 1 below its 100-byte header holds the schema table: garble its cell pointers.
    fs.writeSync(fd, Buffer.alloc(400, 0xa5), 0, 400, 108);
    fs.closeSync(fd);
    expect(() => openRegister(file, { checkPages: false })).toThrow(/is damaged or not a database/);
  });
});

describe('the check after opening', () => {
  it('in the host: reports the damage when asked, holds the register read-only and refuses changes', () => {
    const host = new RegisterHost({ author: 'Ana Officer', migrationsFolder });
    closeAfterTest(() => host.close());
    const file = damagedCopy();
    expect(host.open(file)).toMatchObject({ fileName: 'damaged.sqlite', readOnly: false });
    const check = host.handle('getOpenCheck', undefined);
    expect(check).toMatchObject({ ok: true, value: { state: 'done', damage: expect.any(String) } });
    expect((host.handle('getSession', undefined) as { value: SessionInfo }).value.readOnly).toBe(true);
    const save = host.handle('createOrganisation', { name: 'New Org', country: 'BE' });
    expect(save).toMatchObject({ ok: false, error: { kind: 'read_only', message: expect.stringMatching(/damaged/) } });
  });

  it('in the register worker: the first list is answered, and the background check finds the damage', async () => {
    const w = new RegisterWorker(workerFromSource({ author: 'Ana Officer', migrationsFolder }));
    workers.push(w);
    const file = damagedCopy();
    expect(await w.call('openRegister', { path: file })).toMatchObject({ ok: true, value: { readOnly: false } });
    const list = await w.call('listActivities', {});
    expect(list.ok && (list.value as unknown[]).length).toBeGreaterThan(3);
    const check = await pollUntilDone(w);
    expect(check.damage).toMatch(/./);
    expect(await w.call('getSession', undefined)).toMatchObject({ ok: true, value: { readOnly: true } });
  });

  it('in the register worker: waits for the window to ask (once its first screen is painted), then backs up and checks', async () => {
    const backups = { dir: tempDir() };
    const w = new RegisterWorker(workerFromSource({ author: 'Ana Officer', migrationsFolder, backups }));
    workers.push(w);
    const ctx = tempRegister({ sample: true });
    ctx.register.close();
    expect(await w.call('openRegister', { path: ctx.register.path })).toMatchObject({ ok: true });
    expect(await w.call('listActivities', {})).toMatchObject({ ok: true });
    // Started at once, the checks (backup included) of this small register would be done by now.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await w.call('listBackups', {})).toEqual({ ok: true, value: [] });
    expect(await pollUntilDone(w)).toEqual({ state: 'done', damage: null });
    const made = await w.call('listBackups', {});
    expect(made.ok && (made.value as { reason: string }[]).map((b) => b.reason)).toEqual(['open']);
  });

  it('in the register worker: a sound register is reported sound, its data check comes from the same run', async () => {
    const w = new RegisterWorker(workerFromSource({ author: 'Ana Officer', migrationsFolder }));
    workers.push(w);
    const ctx = tempRegister({ sample: true });
    ctx.register.close();
    expect(await w.call('openRegister', { path: ctx.register.path })).toMatchObject({ ok: true });
    expect(await pollUntilDone(w)).toEqual({ state: 'done', damage: null });
    expect(await w.call('checkData', undefined)).toMatchObject({ ok: true, value: { ok: true, differenceCount: 0 } });
    expect(await w.call('getSession', undefined)).toMatchObject({ ok: true, value: { readOnly: false } });
  });
});
