// Where a copy or an export may be written. A path comes from the page (typed in the browser host,
// picked in Electron's save dialog), so the core refuses to replace what the user did not agree to
// replace: an existing file unless the request says `overwrite` (after "Replace …?"), a register
// someone has open (their presence lock beside it) in any case, and the open register itself never.
import fs from 'node:fs';
import path from 'node:path';
import { RegisterFileError } from '../db/open';
import { alreadyExists, RopaFailure } from './api/errors';
import { describeHolders, isStale, readLocks } from './lock';

/** The same file on disk: the same path, or (through a link or another spelling) the same inode. */
export function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

export interface TargetRules {
  /** The user confirmed replacing a file already there. */
  overwrite: boolean;
  /** The register being copied or exported, which nothing may replace (nor its journal files). */
  registerPath?: string | undefined;
}

/** Throws a one-line failure when `target` may not be written under `rules`; a folder is left to the writer. */
export function checkWriteTarget(target: string, rules: TargetRules): void {
  const abs = path.resolve(target);
  const name = path.basename(abs);
  if (rules.registerPath) {
    const register = path.resolve(rules.registerPath);
    const sidecars = ['-journal', '-wal', '-shm'].map((s) => register + s);
    if (sameFile(abs, register) || sidecars.some((s) => sameFile(abs, s)))
      throw new RegisterFileError(`${name} is the open register itself; choose another name.`);
  }
  const now = Date.now();
  const holders = readLocks(abs)
    .map((l) => l.holder)
    .filter((h) => !isStale(h, now));
  if (holders.length > 0)
    throw new RopaFailure({
      kind: 'locked',
      holders,
      message: `${name} is open by ${describeHolders(holders)}; choose another name.`,
    });
  let stat: fs.Stats | null = null;
  try {
    stat = fs.statSync(abs);
  } catch {
    stat = null;
  }
  if (stat && !stat.isDirectory() && !rules.overwrite) throw alreadyExists(abs);
}
