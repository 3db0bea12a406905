// Typed errors every transport carries unchanged to the caller. Messages are one sentence a
// privacy officer can act on.
import { z } from 'zod';
import type { LockHolder } from './types';

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `fields.retention.0.durationUnit`. */
  path: string;
  message: string;
}

export type RopaError =
  | { kind: 'validation'; message: string; issues: FieldIssue[] }
  | { kind: 'not_found'; message: string; entity: string; id: string }
  | { kind: 'conflict'; message: string; entity: string; id: string; current: unknown }
  | { kind: 'in_use'; message: string; entity: string; id: string; usedBy: number }
  | { kind: 'file'; message: string }
  /** A file is already at the path a copy or export names; ask "Replace …?", then send `overwrite: true`. */
  | { kind: 'exists'; message: string; path: string }
  | { kind: 'read_only'; message: string }
  /** Someone else has the register open for editing: open read-only, open anyway, or cancel. */
  | { kind: 'locked'; message: string; holders: LockHolder[] }
  | { kind: 'unknown_method'; message: string }
  | { kind: 'internal'; message: string };

export type ErrorKind = RopaError['kind'];

/** Thrown inside the core; the dispatcher turns it into an `{ ok: false, error }` outcome. */
export class RopaFailure extends Error {
  constructor(readonly error: RopaError) {
    super(error.message);
  }
}

export const notFound = (entity: string, id: string): RopaFailure =>
  new RopaFailure({
    kind: 'not_found',
    entity,
    id,
    message: `No ${entity} with id ${id} in this register; it may have been deleted.`,
  });

export const conflict = (entity: string, id: string, current: unknown): RopaFailure =>
  new RopaFailure({
    kind: 'conflict',
    entity,
    id,
    current,
    message: `This ${entity} was changed by someone else since you opened it; review their version before saving again.`,
  });

export const inUse = (entity: string, id: string, usedBy: number, what: string): RopaFailure =>
  new RopaFailure({
    kind: 'in_use',
    entity,
    id,
    usedBy,
    message: `This ${entity} is still used by ${usedBy} ${what}; remove it there first.`,
  });

/** The last part of a path, for messages (no node:path here: this module is browser-safe). */
const baseName = (file: string): string => file.split(/[\\/]/).pop() || file;

export const alreadyExists = (file: string): RopaFailure =>
  new RopaFailure({ kind: 'exists', path: file, message: `A file named ${baseName(file)} already exists.` });

export const invalid = (issues: FieldIssue[]): RopaFailure =>
  new RopaFailure({
    kind: 'validation',
    issues,
    message:
      issues.length === 1 && issues[0]
        ? `${issues[0].path || 'input'}: ${issues[0].message}`
        : `${issues.length} fields need attention.`,
  });

/** Zod's issues as field paths the forms can show beside their fields. */
export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

const FS_REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the drive is read-only',
  ENOSPC: 'the disk is full',
  EISDIR: 'a folder has that name',
  ENOTDIR: 'part of the path is not a folder',
  ENOENT: 'the folder does not exist',
  EEXIST: 'a file of that name already exists',
  EBUSY: 'the file is in use',
};

/**
 * A file-system failure (also one relayed from a worker as text) as a one-line `file` error,
 * so a user reads "permission denied" rather than a Node error string.
 */
export function fileSystemError(err: unknown): RopaError | null {
  const e = err as { code?: unknown; message?: unknown; path?: unknown };
  const message = typeof e?.message === 'string' ? e.message : '';
  const code = typeof e?.code === 'string' ? e.code : (/^(E[A-Z]+):/.exec(message)?.[1] ?? '');
  const reason = FS_REASONS[code];
  if (!reason) return null;
  const where = typeof e.path === 'string' ? e.path : (/'([^']+)'/.exec(message)?.[1] ?? '');
  return {
    kind: 'file',
    message: `The file ${where ? `${where.replace(/(\.\d+)?\.partial$/, '')} ` : ''}could not be written or read: ${reason}.`,
  };
}

/** SQLite's own failures (a better-sqlite3 SqliteError carries a SQLITE_* code) in the user's words. */
function sqliteError(err: unknown): RopaError | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED')
    return { kind: 'file', message: 'The register is busy with another user\u2019s save; try again in a moment.' };
  if (code === 'SQLITE_READONLY')
    return { kind: 'read_only', message: 'The register file cannot be written (read-only file or folder).' };
  if (code.startsWith('SQLITE_CONSTRAINT'))
    return { kind: 'validation', message: 'The change would break the register\u2019s consistency.', issues: [] };
  return { kind: 'file', message: `The register file could not be used: ${(err as Error).message}` };
}

/**
 * Any failure as the typed error a caller receives: the one mapper every place that catches uses
 * (the dispatcher, the host, the export jobs and their worker, Electron's register worker).
 * A RopaFailure keeps its error; invalid input names its fields; a register file that cannot be
 * used (db/open.ts's RegisterFileError, recognised by name so this module needs nothing of db/),
 * SQLite's and the file system's errors read as one line; anything else is `internal`, its
 * message after `unexpected` ("Unexpected error", or "The export failed" for exports).
 */
export function toRopaError(err: unknown, unexpected = 'Unexpected error'): RopaError {
  if (err instanceof RopaFailure) return err.error;
  if (err instanceof z.ZodError) return invalid(issuesOf(err)).error;
  if (err instanceof Error && err.name === 'RegisterFileError') return { kind: 'file', message: err.message };
  return (
    sqliteError(err) ??
    fileSystemError(err) ?? { kind: 'internal', message: `${unexpected}: ${(err as Error)?.message ?? String(err)}` }
  );
}
