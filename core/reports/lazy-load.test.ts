// Every CLI command, child process and the Electron worker import the dispatcher; only an export
// should pay for loading the PDF and spreadsheet renderers, and it does so in its worker thread.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const HEAVY = /node_modules\/(pdfkit|exceljs|fontkit)\//;

/** The renderer packages a fresh Node process has loaded after importing `module`. */
function heavyModulesLoadedBy(module: string): string[] {
  const target = fileURLToPath(new URL(module, import.meta.url));
  const script = `
    import { createRequire } from 'node:module';
    await import(${JSON.stringify(target)});
    console.log(JSON.stringify(Object.keys(createRequire(import.meta.url).cache)));`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return (JSON.parse(r.stdout) as string[]).filter((file) => HEAVY.test(file));
}

describe('report renderers are loaded only when an export runs', () => {
  it('importing the dispatcher loads neither pdfkit nor exceljs', () => {
    expect(heavyModulesLoadedBy('../dispatcher.ts')).toEqual([]);
  });

  it('the export module itself does load them (so the check above can see them)', () => {
    const loaded = heavyModulesLoadedBy('./export.ts');
    expect(loaded.some((f) => f.includes('/pdfkit/'))).toBe(true);
    expect(loaded.some((f) => f.includes('/exceljs/'))).toBe(true);
  });
});
