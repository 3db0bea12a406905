// Copies of a register: rolling backups in the user's own folder, "Save a Copy…", and restoring.
//
// Copies are written with VACUUM INTO, SQLite's synchronous snapshot: one read transaction gives a
// consistent, compact copy without a journal, and it keeps every contract call synchronous (the
// asynchronous backup API would make the dispatcher async for every transport). Each copy is
// written to a temporary name, flushed, and must pass integrity_check before it is renamed into
// place, so a crash or a full disk never leaves a half-written file under the real name.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { APPLICATION_ID, RegisterFileError } from '../db/open';
import type { BackupInfo, BackupReason } from './api/types';
import type { CoreContext } from './context';
import { checkWriteTarget, sameFile } from './write-target';

export type { BackupInfo, BackupReason };

export const DEFAULT_KEEP_BACKUPS = 10;
export const DAY_MS = 24 * 60 * 60_000;

export interface BackupSettings {
  /** e.g. ROPA_DATA_DIR/backups or Electron's userData/backups. */
  dir: string;
  /** How many backups of each register to keep. */
  keep?: number;
}

const REASONS: readonly BackupReason[] = ['open', 'daily', 'before-restore'];

/** One folder per register, told apart by its full path so two "register.sqlite" never mix. */
export function backupFolder(settings: BackupSettings, registerPath: string): string {
  const abs = path.resolve(registerPath);
  const tag = createHash('sha256').update(abs).digest('hex').slice(0, 10);
  return path.join(settings.dir, `${path.basename(abs).replace(/[^A-Za-z0-9._-]/g, '_')}-${tag}`);
}

// ISO time with ':' and '.' made file-name safe: 2026-11-25T12-40-11-123Z.open.sqlite
const NAME = /^(\d{4}-\d\d-\d\dT\d\d)-(\d\d)-(\d\d)-(\d{3}Z)\.([a-z-]+)\.sqlite$/;

function parseName(name: string): { createdAt: string; reason: BackupReason } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const reason = REASONS.find((r) => r === m[5]);
  return reason ? { createdAt: `${m[1]}:${m[2]}:${m[3]}.${m[4]}`, reason } : null;
}

const nameFor = (at: Date, reason: BackupReason): string =>
  `${at.toISOString().replace(/[:.]/g, '-')}.${reason}.sqlite`;

/** Newest first. */
export function listBackups(settings: BackupSettings, registerPath: string): BackupInfo[] {
  const folder = backupFolder(settings, registerPath);
  if (!fs.existsSync(folder)) return [];
  const found: BackupInfo[] = [];
  for (const name of fs.readdirSync(folder)) {
    const parsed = parseName(name);
    if (!parsed) continue;
    const file = path.join(folder, name);
    found.push({ name, path: file, ...parsed, size: fs.statSync(file).size });
  }
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Throws unless `file` is a register that passes integrity_check; `what` names it for the user. */
function assertSoundRegister(file: string, what: string): void {
  const probe = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const result = (probe.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    if (result.join() !== 'ok')
      throw new RegisterFileError(
        `${what} failed its integrity check (${result[0] ?? 'no answer'}); nothing was changed.`,
      );
    if (probe.pragma('application_id', { simple: true }) !== APPLICATION_ID)
      throw new RegisterFileError(`${what} is not a RoPA register; nothing was changed.`);
  } finally {
    probe.close();
  }
}

/** Installs `tmp` as `dest` once it is on disk (and sound, if asked); removes `tmp` whatever happens. */
function commitCopy(tmp: string, dest: string, mustBeSound = true): void {
  try {
    fsyncFile(tmp);
    if (mustBeSound) assertSoundRegister(tmp, 'The copy');
    fs.renameSync(tmp, dest);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/** A consistent copy of the open register at `dest`, replacing whatever file is there. */
export function writeCopy(sqlite: Database.Database, dest: string): void {
  const tmp = `${dest}.partial`;
  fs.rmSync(tmp, { force: true });
  sqlite.prepare('VACUUM INTO ?').run(tmp);
  commitCopy(tmp, dest);
}

/**
 * "Save a Copy…": anywhere but over the open register itself or a register someone has open, and
 * over an existing file only when `overwrite` says the user confirmed replacing it.
 */
export function saveCopy(ctx: CoreContext, dest: string, overwrite = false): { path: string } {
  const target = path.resolve(dest);
  const name = path.basename(target);
  if (sameFile(target, ctx.register.path))
    throw new RegisterFileError('A copy cannot replace the register it is copied from; choose another name.');
  if (!fs.existsSync(path.dirname(target)))
    throw new RegisterFileError(`The folder ${path.dirname(target)} does not exist.`);
  if (fs.existsSync(target) && fs.statSync(target).isDirectory())
    throw new RegisterFileError(`${name} is a folder; choose a file name.`);
  checkWriteTarget(target, { overwrite, registerPath: ctx.register.path });
  try {
    writeCopy(ctx.register.sqlite, target);
  } catch (err) {
    if (err instanceof RegisterFileError) throw err;
    throw new RegisterFileError(`${name} could not be written: ${(err as Error).message}`);
  }
  return { path: target };
}

function prune(settings: BackupSettings, registerPath: string): void {
  const keep = Math.max(1, settings.keep ?? DEFAULT_KEEP_BACKUPS);
  for (const old of listBackups(settings, registerPath).slice(keep)) fs.rmSync(old.path, { force: true });
}

/** A new backup of the open register, then the oldest beyond `keep` go. */
export function makeBackup(
  ctx: CoreContext,
  settings: BackupSettings,
  reason: BackupReason,
  now = new Date(),
): BackupInfo {
  const folder = backupFolder(settings, ctx.register.path);
  fs.mkdirSync(folder, { recursive: true });
  const name = nameFor(now, reason);
  writeCopy(ctx.register.sqlite, path.join(folder, name));
  prune(settings, ctx.register.path);
  const info = listBackups(settings, ctx.register.path).find((b) => b.name === name);
  if (!info) throw new RegisterFileError(`The backup ${name} was not kept; raise the number of backups to keep.`);
  return info;
}

/**
 * A backup unless the newest one is younger than `minAgeMs` or the register has not changed since
 * it: opening a register ten times a day must not push last week's backups out.
 */
export function backupIfChanged(
  ctx: CoreContext,
  settings: BackupSettings,
  reason: BackupReason,
  minAgeMs: number,
  now = new Date(),
): BackupInfo | null {
  const [newest] = listBackups(settings, ctx.register.path);
  if (newest) {
    const changedAt = fs.statSync(ctx.register.path).mtimeMs;
    const madeAt = Date.parse(newest.createdAt);
    if (changedAt <= madeAt || now.getTime() - madeAt < minAgeMs) return null;
  }
  return makeBackup(ctx, settings, reason, now);
}

/** Copies a closed file byte for byte, through a temporary name. */
function copyThrough(source: string, dest: string, mustBeSound: boolean): void {
  const tmp = `${dest}.partial`;
  fs.copyFileSync(source, tmp);
  commitCopy(tmp, dest, mustBeSound);
}

/**
 * Replaces the (closed) register with backup `name`, after putting the current file aside as a
 * 'before-restore' backup. The caller makes sure nobody else has the register open.
 */
export function restoreBackup(
  settings: BackupSettings,
  registerPath: string,
  name: string,
  now = new Date(),
): BackupInfo {
  const backup = listBackups(settings, registerPath).find((b) => b.name === name);
  if (!backup)
    throw new RegisterFileError(`There is no backup named ${JSON.stringify(name).slice(0, 120)} for this register.`);
  // A damaged backup must never replace the register.
  assertSoundRegister(backup.path, `The backup ${name}`);
  if (fs.existsSync(`${registerPath}-journal`))
    throw new RegisterFileError('Someone is saving to the register right now; try again in a moment.');
  const folder = backupFolder(settings, registerPath);
  const aside = path.join(folder, nameFor(now, 'before-restore'));
  // The current file is kept even if damaged: that may be why the user restores.
  copyThrough(registerPath, aside, false);
  copyThrough(backup.path, registerPath, true);
  // The restored file is as old as its backup, so reopening it makes no copy of the backup itself.
  const { atime, mtime } = fs.statSync(backup.path);
  fs.utimesSync(registerPath, atime, mtime);
  return backup;
}
