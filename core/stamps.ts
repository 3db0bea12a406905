import { v7 as uuidv7 } from 'uuid';
import type { Stamp } from './api/contract';
import type { CoreContext } from './context';
import { conflict } from './api/errors';

export function newStamp(ctx: CoreContext): Stamp {
  const at = ctx.now();
  return { id: uuidv7(), createdAt: at, createdBy: ctx.author, updatedAt: at, updatedBy: ctx.author, version: 1 };
}

/** Only the stamp fields of a record, never the rest of it (a spread would copy the old values). */
export function stampOf(s: Stamp): Stamp {
  return {
    id: s.id,
    createdAt: s.createdAt,
    createdBy: s.createdBy,
    updatedAt: s.updatedAt,
    updatedBy: s.updatedBy,
    version: s.version,
  };
}

/** The stamp of the next version. */
export function nextStamp(ctx: CoreContext, current: Stamp): Stamp {
  return { ...stampOf(current), updatedAt: ctx.now(), updatedBy: ctx.author, version: current.version + 1 };
}

/** A stale version is a conflict carrying the current row, so the caller can show both sides. */
export function assertVersion<T extends Stamp>(entity: string, current: T, expected: number): void {
  if (current.version !== expected) throw conflict(entity, current.id, current);
}

const STAMP_KEYS = new Set(['id', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'version']);

/** A field every record carries that history does not compare (id, version, who and when). */
export const isStampKey = (key: string): boolean => STAMP_KEYS.has(key);

/** The editable part of a record: what history compares. */
export function withoutStamp(record: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => !STAMP_KEYS.has(k)));
}
