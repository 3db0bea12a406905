import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { openRegister } from '../db/open';
import { RegisterWorker, workerFromSource } from './register-worker';
import type { WorkerOptions } from './worker-protocol';

const root = path.resolve(import.meta.dirname, '..');
const migrationsFolder = path.join(root, 'db', 'migrations');

const workers: RegisterWorker[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const w of workers.splice(0)) await w.stop();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-worker-'));
  dirs.push(dir);
  return dir;
}

// The thread runs the TypeScript entry through tsx, the same code electron-vite bundles into
// out/main/worker.js.
function worker(options: Partial<WorkerOptions> = {}): RegisterWorker {
  const w = new RegisterWorker(workerFromSource({ author: 'Ana Officer', migrationsFolder, ...options }));
  workers.push(w);
  return w;
}

describe('register worker', () => {
  it('serves the contract and the session methods from its own thread', async () => {
    const w = worker();
    const file = path.join(tempDir(), 'sample.sqlite');
    const created = await w.call('createRegister', { path: file, sample: true });
    expect(created).toMatchObject({
      ok: true,
      value: { path: file, fileName: 'sample.sqlite', author: 'Ana Officer' },
    });

    const list = await w.call('listActivities', {});
    expect(list.ok).toBe(true);
    expect((list.ok ? (list.value as { name: string }[]) : []).length).toBeGreaterThan(3);

    const session = await w.call('getSession', undefined);
    expect(session).toMatchObject({ ok: true, value: { path: file, readOnly: false } });
  });

  it('answers as JSON for the browser host: the same outcome, the activity list the same bytes while unchanged', async () => {
    const w = worker();
    const decode = (bytes: Uint8Array): unknown => JSON.parse(Buffer.from(bytes).toString('utf8'));
    expect(decode(await w.callJson('listActivityRows', { lang: 'en' }))).toMatchObject({
      ok: false,
      error: { kind: 'file' },
    });
    await w.call('createRegister', { path: path.join(tempDir(), 'sample.sqlite'), sample: true });
    const first = await w.callJson('listActivityRows', { lang: 'en' });
    expect(decode(first)).toEqual(await w.call('listActivityRows', { lang: 'en' }));
    expect(Buffer.from(await w.callJson('listActivityRows', { lang: 'en' })).equals(first)).toBe(true);
    expect(decode(await w.callJson('getSession', undefined))).toEqual(await w.call('getSession', undefined));

    // A change to the register: the next answer is the new list, not the bytes kept for the old one.
    const [activity] = (decode(await w.callJson('listActivities', {})) as { value: { id: string; version: number }[] })
      .value;
    expect(await w.call('deleteActivity', { id: activity!.id, version: activity!.version })).toMatchObject({
      ok: true,
    });
    expect(Buffer.from(await w.callJson('listActivityRows', { lang: 'en' })).toString('utf8')).not.toContain(
      activity!.id,
    );
  });

  it('answers bad calls with typed errors, not crashes', async () => {
    const w = worker();
    expect(await w.call('listActivities', {})).toMatchObject({ ok: false, error: { kind: 'file' } });
    expect(await w.call('dropEverything', {})).toMatchObject({ ok: false, error: { kind: 'unknown_method' } });
    await w.call('createRegister', { path: path.join(tempDir(), 'r.sqlite') });
    const bad = await w.call('createOrganisation', { name: 42 });
    expect(bad).toMatchObject({ ok: false, error: { kind: 'validation' } });
    // Still serving after the refusals.
    expect(await w.call('listOrganisations', {})).toMatchObject({ ok: true });
  });

  it('refuses a file that is not a register and leaves it as it was', async () => {
    const w = worker();
    const notes = path.join(tempDir(), 'notes.sqlite');
    fs.writeFileSync(notes, 'shopping list\n');
    const outcome = await w.call('openRegister', { path: notes });
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'file' } });
    expect(fs.readFileSync(notes, 'utf8')).toBe('shopping list\n');
  });

  it('closes the register on stop, leaving no journal beside a file that opens again', async () => {
    const w = worker();
    const dir = tempDir();
    const file = path.join(dir, 'r.sqlite');
    await w.call('createRegister', { path: file, sample: true });
    await w.stop();
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('r.sqlite'))).toEqual(['r.sqlite']);
    const reg = openRegister(file, { migrationsFolder, readOnly: true });
    expect(reg.schemaVersion).toBeGreaterThan(0);
    reg.close();
  });

  it('loads better-sqlite3 from the nativeBinding it is given', async () => {
    const nodeBuild = path.join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    const good = worker({ nativeBinding: nodeBuild });
    expect(await good.call('createRegister', { path: path.join(tempDir(), 'a.sqlite') })).toMatchObject({ ok: true });

    const missing = worker({ nativeBinding: path.join(tempDir(), 'nowhere', 'better_sqlite3.node') });
    const outcome = await missing.call('createRegister', { path: path.join(tempDir(), 'b.sqlite') });
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'file' } });
    expect(outcome.ok ? '' : outcome.error.message).toContain('nowhere');
  });

  it('stops a worker that no longer answers, so quitting the app cannot hang', async () => {
    const silent = path.join(tempDir(), 'silent-worker.mjs');
    fs.writeFileSync(
      silent,
      "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => {});\n",
    );
    const w = new RegisterWorker(() => new Worker(silent));
    const pending = w.call('getSession', {});
    await w.stop(50);
    expect(await pending).toMatchObject({ ok: false, error: { kind: 'internal' } });
  });

  it('ends pending calls with an error when the worker dies, instead of hanging', async () => {
    const broken = path.join(tempDir(), 'broken-worker.mjs');
    fs.writeFileSync(broken, "throw new Error('cannot start');\n");
    const w = new RegisterWorker(() => new Worker(broken));
    workers.push(w);
    const outcome = await w.call('getSession', {});
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'internal' } });
    expect(outcome.ok ? '' : outcome.error.message).toContain('cannot start');
  });
});
