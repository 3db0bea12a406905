// The change history: one entry per create/update/delete, written in the same transaction as the
// change. Each entry's hash covers its content and the previous entry's hash, so rewriting or
// deleting an entry breaks the chain from that point on.
import { and, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import type Database from 'better-sqlite3';
import { history } from '../db/schema';
import {
  appendEntries,
  decodeChanges,
  entryHash,
  GENESIS_HASH,
  HEAD_KEY,
  startPackingChanges,
  type EntryContent,
} from '../db/history-chain';
import type { Packing } from '../db/pack-helper';
import type { HistoryEntry } from './api/contract';
import type { CoreContext } from './context';
import { isStampKey, withoutStamp } from './stamps';

export { entryHash, GENESIS_HASH, HEAD_KEY };
type Action = HistoryEntry['action'];
type Changes = HistoryEntry['changes'];

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Field-level before/after of the editable fields that differ. */
export function diff(before: object | null, after: object | null): Changes {
  if (before === null && after !== null) return created(after);
  const b = before ? withoutStamp(before) : {};
  const a = after ? withoutStamp(after) : {};
  const changes: Changes = {};
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (!same(b[key], a[key])) changes[key] = { before: b[key] ?? null, after: a[key] ?? null };
  }
  return changes;
}

/**
 * A create's changes: every editable field from nothing, what `diff` gives against an empty record
 * (only a field left undefined is the same on both sides), without serialising every value to
 * compare it with nothing.
 */
function created(after: object): Changes {
  const record = after as Record<string, unknown>;
  const changes: Changes = {};
  for (const key of Object.keys(record)) {
    const value = record[key];
    if (value !== undefined && !isStampKey(key)) changes[key] = { before: null, after: value };
  }
  return changes;
}

export interface ChainHead {
  seq: number;
  hash: string;
}

export function readHead(sqlite: Database.Database): ChainHead | null {
  const raw = sqlite.prepare('SELECT value FROM register_meta WHERE key = ?').pluck().get(HEAD_KEY) as
    string | undefined;
  if (raw === undefined) return null;
  try {
    const v = JSON.parse(raw) as Partial<ChainHead>;
    return typeof v.seq === 'number' && typeof v.hash === 'string' ? { seq: v.seq, hash: v.hash } : null;
  } catch {
    return null;
  }
}

// Only the benchmark turns recording off, to measure what history costs; never reachable from the contract.
const unrecorded = new WeakSet<object>();
export function setHistoryRecording(ctx: CoreContext, on: boolean): void {
  if (on) unrecorded.delete(ctx.register);
  else unrecorded.add(ctx.register);
}

/** One change to record: an entity's state before and after (null: it did not exist). */
export interface Change {
  entity: string;
  entityId: string;
  action: Action;
  before: object | null;
  after: object | null;
}

/** Appends one entry; call inside the write transaction of the change it records. */
export function recordChange(
  ctx: CoreContext,
  entity: string,
  entityId: string,
  action: Action,
  before: object | null,
  after: object | null,
): void {
  recordChanges(ctx, [{ entity, entityId, action, before, after }]);
}

/** Appends one entry per change, in their order (an update that changes nothing has none). */
export function recordChanges(ctx: CoreContext, list: readonly Change[]): void {
  if (unrecorded.has(ctx.register)) return;
  appendEntries(ctx.register.sqlite, entriesOf(ctx, list));
}

function entriesOf(ctx: CoreContext, list: readonly Change[]): EntryContent[] {
  const entries: EntryContent[] = [];
  for (const { entity, entityId, action, before, after } of list) {
    const changes = diff(before, after);
    if (action === 'update' && Object.keys(changes).length === 0) continue;
    entries.push({ at: ctx.now(), author: ctx.author, entity, entityId, action, changes: JSON.stringify(changes) });
  }
  return entries;
}

/** Entries worked out and being packed, for writeChanges. */
export interface PreparedChanges {
  entries: EntryContent[];
  packing: Packing | null;
}

/**
 * recordChanges in two steps, for a batch (createActivities): the entries are worked out and their
 * texts handed to the packing thread first, then the caller writes its rows while they are packed,
 * then writeChanges appends them. Null when the history is not recorded.
 */
export function prepareChanges(ctx: CoreContext, list: readonly Change[]): PreparedChanges | null {
  if (unrecorded.has(ctx.register)) return null;
  const entries = entriesOf(ctx, list);
  return { entries, packing: startPackingChanges(entries.map((e) => e.changes)) };
}

/** Appends the entries prepareChanges worked out; call inside the same transaction. */
export function writeChanges(ctx: CoreContext, prepared: PreparedChanges | null): void {
  if (prepared) appendEntries(ctx.register.sqlite, prepared.entries, prepared.packing);
}

export interface HistoryFilter {
  entityId?: string | undefined;
  author?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
}

/** Newest first. */
export function listHistory(ctx: CoreContext, f: HistoryFilter): HistoryEntry[] {
  const where: SQL[] = [];
  if (f.entityId) where.push(eq(history.entityId, f.entityId));
  if (f.author) where.push(eq(history.author, f.author));
  if (f.from) where.push(gte(history.at, f.from));
  if (f.to) where.push(lte(history.at, f.to));
  const rows = ctx.register.db
    .select()
    .from(history)
    .where(and(...where))
    .orderBy(desc(history.seq))
    .limit(f.limit)
    .all();
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at,
    author: r.author,
    entity: r.entity,
    entityId: r.entityId,
    action: r.action,
    changes: JSON.parse(decodeChanges(r.changes)) as Changes,
    hash: r.hash,
  }));
}
