// Exports as the CLI and the app run them: in a worker thread on a register opened read-only.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRegisterFile, currentSchemaVersion } from '../../db/open';
import { RopaFailure } from '../api/errors';
import { sampleRegister } from './fixtures';
import type { ExportProgress } from '../api/export-options';
import { parseExportOptions } from './export-input';
import { exportInWorker } from './worker';

let dir: string;
let register: string;

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const ropa = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args], {
    cwd: path.resolve(__dirname, '../..'),
    encoding: 'utf8',
  });

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-worker-'));
  const ctx = sampleRegister(dir);
  register = ctx.register.path;
  ctx.register.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('exportInWorker', () => {
  it('writes the PDF in a worker, reports progress, and leaves the register untouched', async () => {
    const before = sha(register);
    const events: ExportProgress[] = [];
    const out = path.join(dir, 'worker.pdf');
    const result = await exportInWorker(register, parseExportOptions({ format: 'pdf', path: out, lang: 'de' }), (p) =>
      events.push(p),
    );
    expect(result.pages).toBeGreaterThan(3);
    expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(events[0]?.phase).toBe('model');
    const render = events.filter((e) => e.phase === 'render');
    expect(render.length).toBeGreaterThan(1);
    expect(render.at(-1)!.done).toBe(render.at(-1)!.total);
    expect(events.at(-1)?.phase).toBe('write');
    expect(sha(register)).toBe(before);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.partial') || f.endsWith('-journal'))).toEqual([]);
  });

  it('exports a register of an older schema from an upgraded copy, leaving the file as it was', async () => {
    const old = path.join(dir, 'old.ropa');
    createRegisterFile(old, { upTo: currentSchemaVersion() - 1 }).close();
    const before = sha(old);
    const out = path.join(dir, 'old.json');
    const result = await exportInWorker(old, parseExportOptions({ format: 'json', path: out }));
    expect(result.activities).toBe(0);
    expect(sha(old)).toBe(before);
    expect((JSON.parse(fs.readFileSync(out, 'utf8')) as { schemaVersion: number }).schemaVersion).toBe(
      currentSchemaVersion(),
    );
  });

  it('turns a refused register into a typed error and writes nothing', async () => {
    const notRegister = path.join(dir, 'notes.txt');
    fs.writeFileSync(notRegister, 'hello');
    const out = path.join(dir, 'never.pdf');
    const failure = await exportInWorker(notRegister, parseExportOptions({ format: 'pdf', path: out })).catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(RopaFailure);
    expect((failure as RopaFailure).error).toMatchObject({
      kind: 'file',
      message: 'notes.txt is not a RoPA register (not an SQLite database).',
    });
    expect(fs.existsSync(out)).toBe(false);
  });
});

// Each run starts Node with tsx, so these few cover what only a real process shows: exit codes and stderr.
describe('ropa export and ropa import', () => {
  it('writes all four formats; CSV and JSON are byte-identical on a second run', () => {
    for (const format of ['pdf', 'csv', 'xlsx', 'json']) {
      const run = ropa(
        'export',
        register,
        '--format',
        format,
        '-o',
        path.join(dir, `cli.${format}`),
        '--lang',
        'nl',
        '--delimiter',
        ';',
      );
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(`cli.${format}`);
    }
    expect(fs.existsSync(path.join(dir, 'cli-recipients.csv'))).toBe(true);
    expect(
      ropa('export', register, '--format', 'csv', '-o', path.join(dir, 'again.csv'), '--lang', 'nl', '--delimiter', ';')
        .status,
    ).toBe(0);
    expect(sha(path.join(dir, 'again.csv'))).toBe(sha(path.join(dir, 'cli.csv')));
    // Five Node processes, each compiling the CLI with tsx: minutes on a loaded 2-core machine.
  }, 180_000);

  it('replaces an existing file only with --overwrite', () => {
    const out = path.join(dir, 'twice.csv');
    fs.writeFileSync(out, 'an older report');
    const again = ['export', register, '--format', 'csv', '-o', out];
    const refused = ropa(...again);
    expect([refused.status, refused.stderr]).toEqual([
      2,
      'error: A file named twice.csv already exists. Add --overwrite to replace it.\n',
    ]);
    expect(fs.readFileSync(out, 'utf8')).toBe('an older report');
    expect(ropa(...again, '--overwrite').status).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toContain('Activity');
  }, 120_000);

  it('rejects bad options and bad imports with one error line', () => {
    const badStatus = ropa(
      'export',
      register,
      '--format',
      'csv',
      '-o',
      path.join(dir, 'x.csv'),
      '--status',
      'archived',
    );
    expect(badStatus.status).toBe(1);
    expect(badStatus.stderr).toBe('error: --status archived is not a status; use draft, active, retired.\n');
    const early = ropa(
      'export',
      register,
      '--format',
      'pdf',
      '-o',
      path.join(dir, 'early.pdf'),
      '--as-of',
      '2001-01-01',
    );
    expect(early.status).toBe(1);
    expect(early.stderr.trim().split('\n')).toHaveLength(1);
    expect(early.stderr).toMatch(
      /^error: The register's history starts at .*; there is no register to show as of 2001-01-01/,
    );
    fs.writeFileSync(path.join(dir, 'broken.json'), '{"format":');
    const imported = ropa('import', path.join(dir, 'imported.ropa'), path.join(dir, 'broken.json'));
    expect(imported.status).toBe(2);
    expect(imported.stderr).toMatch(/^error: broken\.json is not valid JSON \(.*\)\.\n$/);
    expect(fs.existsSync(path.join(dir, 'imported.ropa'))).toBe(false);
  });

  it('imports a JSON export into a new register', () => {
    const run = ropa('import', path.join(dir, 'restored.ropa'), path.join(dir, 'cli.json'));
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Created .*restored\.ropa: 2 organisations, 9 activities/);
    expect(
      ropa('export', path.join(dir, 'restored.ropa'), '--format', 'json', '-o', path.join(dir, 'restored.json')).status,
    ).toBe(0);
    expect(sha(path.join(dir, 'restored.json'))).toBe(sha(path.join(dir, 'cli.json')));
  });
});
