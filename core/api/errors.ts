// Typed errors every transport carries unchanged to the caller. Messages are one sentence a
// privacy officer can act on.
import type { z } from 'zod';
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
