// The real `ropa` command in a child process, as a user or a script runs it, for the CLI's tests.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { newRegister, openSession } from '../core/register';
import { bundleEntry } from '../core/processes/spawn';
import { fillSample } from '../core/sample/index';
import { closeAfterTest } from '../core/test-helpers';

/** What `npx ropa` runs: the sources through tsx. */
export const BIN = fileURLToPath(new URL('../bin/ropa.mjs', import.meta.url));
/** The same sources bundled: a test file runs the command dozens of times, each start 4× faster. */
const BUNDLED = await bundleEntry(fileURLToPath(new URL('./main.ts', import.meta.url)));

/** Runs the command with `args`, bundled unless `entry` names another (BIN). */
export function ropa(args: string[], env: Record<string, string> = {}, entry = BUNDLED) {
  const r = spawnSync(process.execPath, [entry, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ROPA_AUTHOR: '', ...env },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** One line starting with `error:`, no stack trace. */
export function expectOneErrorLine(stderr: string, pattern: RegExp): void {
  const lines = stderr.trim().split('\n');
  expect(lines[0]).toMatch(/^error: /);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /);
}

/** The sample register as a file in `dir`, closed, for the `ropa` command to open. */
export function sampleRegister(dir: string): string {
  const register = path.join(dir, 'sample.sqlite');
  const ctx = newRegister(register, { author: 'setup' });
  fillSample(ctx);
  ctx.register.close();
  return register;
}

/** A register the command wrote, opened read-only for the test to read back; closed after the test. */
export function readBack(file: string) {
  const ctx = openSession(file, 'reader', { readOnly: true });
  closeAfterTest(() => ctx.register.close());
  return ctx;
}
