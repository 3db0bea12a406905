// The files electron-vite builds for the shell (`npm test` builds before it runs the tests): a
// preload a sandboxed page can load, and a register worker that runs from out/main on its own.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { RegisterWorker } from '../core/register-worker';

const root = path.resolve(import.meta.dirname, '..');
const out = (...parts: string[]) => {
  const file = path.join(root, 'out', ...parts);
  if (!fs.existsSync(file)) throw new Error(`${path.relative(root, file)} is missing: run \`npm run build\` first.`);
  return file;
};

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('built shell', () => {
  it('has a CommonJS preload that requires nothing but electron (sandboxed preloads cannot)', () => {
    const preload = fs.readFileSync(out('preload', 'index.cjs'), 'utf8');
    const required = new Set([...preload.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]));
    expect([...required]).toEqual(['electron']);
    expect(preload).not.toMatch(/^\s*import\s/m);
    expect(preload).toContain('exposeInMainWorld');
  });

  it('has a register worker beside the main bundle that serves the contract', async () => {
    expect(fs.existsSync(out('main', 'index.js'))).toBe(true);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-bundle-'));
    dirs.push(dir);
    const workerData = { author: 'Bundle Test', migrationsFolder: path.join(root, 'db', 'migrations') };
    const w = new RegisterWorker(() => new Worker(out('main', 'worker.js'), { workerData }));
    try {
      const file = path.join(dir, 'sample.sqlite');
      expect(await w.call('createRegister', { path: file, sample: true })).toMatchObject({
        ok: true,
        value: { path: file },
      });
      const info = await w.call('getRegisterInfo', {});
      expect(info).toMatchObject({ ok: true, value: { fileName: 'sample.sqlite' } });
      expect(info.ok && (info.value as { counts: { activities: number } }).counts.activities).toBeGreaterThan(3);
    } finally {
      await w.stop();
    }
  });

  it('checks a register after opening it through the bundled open-check worker', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-bundle-'));
    dirs.push(dir);
    const workerData = {
      author: 'Bundle Test',
      migrationsFolder: path.join(root, 'db', 'migrations'),
      openCheckScript: out('main', 'open-check-worker.js'),
    };
    const w = new RegisterWorker(() => new Worker(out('main', 'worker.js'), { workerData }));
    try {
      await w.call('createRegister', { path: path.join(dir, 'sample.sqlite'), sample: true });
      let check = await w.call('getOpenCheck', undefined);
      for (let i = 0; i < 100 && check.ok && (check.value as { state: string }).state === 'running'; i++) {
        await new Promise((r) => setTimeout(r, 100));
        check = await w.call('getOpenCheck', undefined);
      }
      expect(check).toEqual({ ok: true, value: { state: 'done', damage: null } });
    } finally {
      await w.stop();
    }
  });

  it('exports a PDF through the bundled export worker with the fonts it is given', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-bundle-'));
    dirs.push(dir);
    const workerData = {
      author: 'Bundle Test',
      migrationsFolder: path.join(root, 'db', 'migrations'),
      exports: { script: out('main', 'export-worker.js'), fontsFolder: path.join(root, 'core', 'reports', 'fonts') },
    };
    const w = new RegisterWorker(() => new Worker(out('main', 'worker.js'), { workerData }));
    try {
      await w.call('createRegister', { path: path.join(dir, 'sample.sqlite'), sample: true });
      const pdf = path.join(dir, 'Register.pdf');
      const started = await w.call('exportReport', { format: 'pdf', path: pdf, lang: 'nl' });
      expect(started.ok, JSON.stringify(started)).toBe(true);
      const jobId = started.ok ? (started.value as { jobId: string }).jobId : '';
      let job: { state: string; error: unknown } = { state: 'queued', error: null };
      while (job.state === 'queued' || job.state === 'running') {
        await new Promise((r) => setTimeout(r, 100));
        const polled = await w.call('getExportJob', { jobId });
        if (!polled.ok) throw new Error(polled.error.message);
        job = polled.value as typeof job;
      }
      // out/main holds no fonts: the job only succeeds with the fonts folder the worker was given.
      expect(job).toMatchObject({ state: 'done', error: null });
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(text).toMatch(/verwerking/i);
    } finally {
      await w.stop();
    }
  });
});

describe('built UI', () => {
  // Issue #16's first-load budget, kept by every change (npm run bench browser measures it in the
  // page): the entry chunk with what index.html preloads, plus the largest UI language's wording.
  it('starts with at most 800 KB of JavaScript: screens, dialogs and languages come when first used', () => {
    const html = fs.readFileSync(out('renderer', 'index.html'), 'utf8');
    const assets = path.dirname(out('renderer', 'index.html'));
    const first = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(first.length).toBeGreaterThan(0);
    const size = (file: string) => fs.statSync(path.join(assets, file)).size;
    const wording = fs
      .readdirSync(path.join(assets, 'assets'))
      .filter((f) => /^(en|nl|fr|de)-[\w-]+\.js$/.test(f))
      .map((f) => size(path.join('assets', f)));
    expect(wording).toHaveLength(4);
    const total = first.reduce((sum, f) => sum + size(f), 0) + Math.max(...wording);
    expect(total / 1024).toBeLessThanOrEqual(800);
  });

  // main.tsx asks the register for the first screen's data while the app's code (start.tsx, React,
  // Mantine) is still arriving: a static import of another chunk would make it wait for that chunk.
  it('has a page entry that imports no other chunk, so it runs before the app has arrived', () => {
    const html = fs.readFileSync(out('renderer', 'index.html'), 'utf8');
    const entry = /<script type="module"[^>]* src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    const code = fs.readFileSync(path.join(path.dirname(out('renderer', 'index.html')), entry!), 'utf8');
    expect(code).toMatch(/import\(/);
    expect(code).not.toMatch(/(^|[;}\s])import\s*[{*\w][^;]*?from\s*["']/);
  });
});
