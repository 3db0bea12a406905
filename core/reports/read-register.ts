// Opens the register an export reads: read-only, so exporting never changes the file. A register
// of an older schema cannot be upgraded read-only; it is read from an upgraded copy in a temporary
// folder (same file name, so the report still names the user's register) and the copy is removed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { APPLICATION_ID, currentSchemaVersion, type OpenOptions } from '../../db/open';
import type { CoreContext } from '../context';
import { openSession } from '../register';

/** Reads the SQLite header itself (user_version at byte 60, application_id at 68): no native module needed. */
function isOlderSchema(file: string, migrationsFolder: string | undefined): boolean {
  const header = Buffer.alloc(100);
  try {
    const fd = fs.openSync(file, 'r');
    try {
      if (fs.readSync(fd, header, 0, 100, 0) < 100) return false;
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Missing or unreadable: openSession gives the user the precise refusal.
    return false;
  }
  return header.readUInt32BE(68) === APPLICATION_ID && header.readUInt32BE(60) < currentSchemaVersion(migrationsFolder);
}

export function withReadableRegister<T>(
  file: string,
  options: Pick<OpenOptions, 'migrationsFolder'>,
  fn: (ctx: CoreContext) => Promise<T>,
): Promise<T> {
  const older = isOlderSchema(file, options.migrationsFolder);
  const tmp = older ? fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-export-')) : null;
  const run = async (): Promise<T> => {
    let source = file;
    if (tmp) {
      source = path.join(tmp, path.basename(file));
      fs.copyFileSync(file, source);
    }
    const ctx = openSession(source, 'export', { ...options, readOnly: tmp === null });
    try {
      return await fn(ctx);
    } finally {
      ctx.register.close();
    }
  };
  return run().finally(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });
}
