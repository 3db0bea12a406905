// Registers for the tests: each test gets its own file in its own temp folder. The 10,000-activity
// register is generated once per schema version (through the dispatcher, see bench/generate.ts)
// and copied, because generating it takes far longer than copying it.
import { copyFileSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateRegister } from '../../bench/generate';
import { currentSchemaVersion } from '../../db/open';
import { newRegister } from '../../core/register';
import { fillSample } from '../../core/sample/index';

export function tempDir(prefix = 'ropa-e2e-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export const removeDir = (dir: string): void => rmSync(dir, { recursive: true, force: true });

/** An empty register (default vocabularies only) at dir/name. */
export function emptyRegister(dir: string, name = 'register.sqlite'): string {
  const file = path.join(dir, name);
  newRegister(file, { author: 'setup' }).register.close();
  return file;
}

/** The sample register (seed 001's activities), written by 'setup', at dir/name. */
export function sampleRegister(dir: string, name = 'sample.sqlite'): string {
  const file = path.join(dir, name);
  const ctx = newRegister(file, { author: 'setup', name: 'Sample register' });
  fillSample(ctx);
  ctx.register.close();
  return file;
}

export const LARGE_COUNT = 10_000;

/** A private copy of the generated register of `count` activities (10,000 by default) in `dir`. */
export function largeRegister(dir: string, count = LARGE_COUNT): string {
  const cache = path.join(os.tmpdir(), `ropa-large-${count}-v${currentSchemaVersion()}.sqlite`);
  if (!existsSync(cache)) {
    const scratch = tempDir('ropa-gen-');
    const ctx = generateRegister(scratch, 'large.sqlite', count);
    ctx.register.close();
    // Renamed into place only when complete, so an interrupted run leaves no half register.
    renameSync(path.join(scratch, 'large.sqlite'), cache);
    removeDir(scratch);
  }
  const file = path.join(dir, 'large.sqlite');
  copyFileSync(cache, file);
  return file;
}
