// The history replayed: the state of every entity at any point, worked out from the history's
// entries alone. Each entry holds a field-level diff of the whole entity object (create: every field
// as `after`; update: the changed fields; delete: every field as `before`), so replaying is generic
// over entity names and fields — a new entity or field needs no change here, only that its changes
// go through recordChange. Verify, reports "as of" a date, the changes report and the import check
// all read the register through this one module.
import type Database from 'better-sqlite3';
import { decodeChanges } from '../db/history-chain';
import type { HistoryEntry } from './api/contract';

type Changes = HistoryEntry['changes'];

/**
 * Entries about the register itself (an import that started a new history, data accepted as a new
 * starting point): they explain the history and hold no entity's state, so replaying skips them.
 */
export const NOTE_ENTITY = 'register';

/** One entity as the history says it is: its editable fields plus who created and last changed it. */
export interface ReplayedRecord {
  entity: string;
  id: string;
  fields: Record<string, unknown>;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  /** Recorded changes since creation (updates that changed nothing are not recorded). */
  updates: number;
}

/** entity name -> id -> record. */
export type ReplayState = Map<string, Map<string, ReplayedRecord>>;

export interface ReplayPoint {
  seq: number;
  hash: string;
  at: string;
}

/** Something the history says that cannot have happened (an update of an entity never created, …). */
export interface ReplayAnomaly {
  seq: number;
  entity: string;
  entityId: string;
  reason: string;
}

export interface Replay {
  state: ReplayState;
  /** The last entry replayed; null when none was. */
  head: ReplayPoint | null;
  entries: number;
  anomalies: ReplayAnomaly[];
  /** Every entity id any replayed entry names, deleted ones included. */
  seen: Set<string>;
}

export interface ReplayUntil {
  /** Replay the entries made at or before this ISO time. */
  at?: string;
  /** Replay the entries up to and including this seq. */
  seq?: number;
}

/** A history entry as the replay reads it (verify's rows, with prev_hash, fit it as they are). */
export interface ReplayRow {
  seq: number;
  at: string;
  author: string;
  entity: string;
  entity_id: string;
  action: HistoryEntry['action'];
  changes: string;
  hash: string;
}

/** "2026-03-01" is the end of that day (UTC); anything else must be a full ISO 8601 time. */
export function pointInTime(when: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(when)) {
    const d = new Date(`${when}T23:59:59.999Z`);
    return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== when ? null : d.toISOString();
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(when)) return null;
  const d = new Date(when);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/**
 * Builds a Replay one entry at a time, oldest first. Verify feeds it the rows it walks the hash chain
 * over, so a 10,000-activity history (some 30 MB of changes) is read from the file once, not twice.
 */
export class ReplayBuilder {
  private readonly state: ReplayState = new Map();
  private readonly anomalies: ReplayAnomaly[] = [];
  private readonly seen = new Set<string>();
  private head: ReplayPoint | null = null;
  private entries = 0;

  add(row: ReplayRow): void {
    this.seen.add(row.entity_id);
    let changes: unknown;
    try {
      changes = JSON.parse(row.changes);
    } catch {
      this.anomaly(row, 'its changes are not JSON');
      return;
    }
    if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) {
      this.anomaly(row, 'its changes are not a JSON object');
      return;
    }
    if (row.entity !== NOTE_ENTITY) this.apply(row, changes as Changes);
    this.head = { seq: row.seq, hash: row.hash, at: row.at };
    this.entries++;
  }

  result(): Replay {
    return { state: this.state, head: this.head, entries: this.entries, anomalies: this.anomalies, seen: this.seen };
  }

  private anomaly(row: ReplayRow, reason: string): void {
    this.anomalies.push({ seq: row.seq, entity: row.entity, entityId: row.entity_id, reason });
  }

  private apply(row: ReplayRow, changes: Changes): void {
    let byId = this.state.get(row.entity);
    if (!byId) {
      byId = new Map();
      this.state.set(row.entity, byId);
    }
    const existing = byId.get(row.entity_id);
    if (row.action === 'create') {
      if (existing) this.anomaly(row, 'created again while it already existed');
      byId.set(row.entity_id, {
        entity: row.entity,
        id: row.entity_id,
        fields: createdFields(changes),
        createdAt: row.at,
        createdBy: row.author,
        updatedAt: row.at,
        updatedBy: row.author,
        updates: 0,
      });
    } else if (row.action === 'update') {
      if (!existing) {
        this.anomaly(row, 'changed while it did not exist');
        return;
      }
      afterValues(changes, existing.fields);
      existing.updatedAt = row.at;
      existing.updatedBy = row.author;
      existing.updates++;
    } else {
      if (!existing) this.anomaly(row, 'deleted while it did not exist');
      byId.delete(row.entity_id);
    }
  }
}

/**
 * Writes each changed field's `after` into `fields`. for…in rather than Object.entries: no array of
 * pairs per entry, which for a 10,000-activity history is some 300,000 short-lived arrays.
 */
function afterValues(changes: Changes, fields: Record<string, unknown>): Record<string, unknown> {
  for (const key in changes) fields[key] = changes[key]!.after;
  return fields;
}

/**
 * A created entity's fields, made from its parsed changes in place (each `{before, after}` replaced by
 * its `after`): the object JSON.parse just made already has every field in order, and a second one
 * per entity is garbage a 10,000-activity replay pays for in collection time.
 */
const createdFields = (changes: Changes): Record<string, unknown> =>
  afterValues(changes, changes as Record<string, unknown>);

/** Replays the history of an open register (oldest first) up to `until`, or all of it. */
export function replayHistory(sqlite: Database.Database, until: ReplayUntil = {}): Replay {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (until.at !== undefined) {
    where.push('at <= ?');
    params.push(until.at);
  }
  if (until.seq !== undefined) {
    where.push('seq <= ?');
    params.push(until.seq);
  }
  const rows = sqlite
    .prepare(
      `SELECT seq, at, author, entity, entity_id, action, changes, hash FROM history ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq`,
    )
    .iterate(...params) as IterableIterator<StoredRow>;
  return replayRows(decodedRows(rows));
}

/** A history row as SQLite gives it: `changes` may be compressed (db/history-chain.ts `encodeChanges`). */
export type StoredRow<R extends ReplayRow = ReplayRow> = Omit<R, 'changes'> & { changes: string | Buffer };

/** Rows with their changes as text, one at a time. */
export function* decodedRows<R extends ReplayRow>(rows: Iterable<StoredRow<R>>): Generator<R> {
  for (const row of rows) yield { ...row, changes: decodeChanges(row.changes) } as R;
}

/** Replays entries given oldest first (the rows of a JSON export, for instance). */
export function replayRows(rows: Iterable<ReplayRow>): Replay {
  const builder = new ReplayBuilder();
  for (const row of rows) builder.add(row);
  return builder.result();
}

/** The replayed records of one entity, or none. */
export function recordsOf(state: ReplayState, entity: string): ReplayedRecord[] {
  return [...(state.get(entity)?.values() ?? [])];
}

/** What a person would call an entity: its name, else its English label, else its code, else its id. */
export function displayName(fields: Record<string, unknown>, id: string): string {
  for (const key of ['name', 'labelEn', 'label', 'code', 'reference']) {
    const v = fields[key];
    if (typeof v === 'string' && v !== '') return v;
  }
  return id;
}
