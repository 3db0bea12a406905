// The history replayed: the state of every entity at any point, worked out from the history's
// entries alone. Each entry holds a field-level diff of the whole entity object (create: every field
// as `after`; update: the changed fields; delete: every field as `before`), so replaying is generic
// over entity names and fields — a new entity or field needs no change here, only that its changes
// go through recordChange. Verify, reports "as of" a date, the changes report and the import check
// all read the register through this one module.
import type Database from 'better-sqlite3';
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

interface Row {
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

function apply(state: ReplayState, row: Row, changes: Changes, anomalies: ReplayAnomaly[]): void {
  let byId = state.get(row.entity);
  if (!byId) {
    byId = new Map();
    state.set(row.entity, byId);
  }
  const existing = byId.get(row.entity_id);
  const anomaly = (reason: string) =>
    anomalies.push({ seq: row.seq, entity: row.entity, entityId: row.entity_id, reason });
  if (row.action === 'create') {
    if (existing) anomaly('created again while it already existed');
    const fields: Record<string, unknown> = {};
    for (const [key, c] of Object.entries(changes)) fields[key] = c.after;
    byId.set(row.entity_id, {
      entity: row.entity,
      id: row.entity_id,
      fields,
      createdAt: row.at,
      createdBy: row.author,
      updatedAt: row.at,
      updatedBy: row.author,
      updates: 0,
    });
  } else if (row.action === 'update') {
    if (!existing) {
      anomaly('changed while it did not exist');
      return;
    }
    for (const [key, c] of Object.entries(changes)) existing.fields[key] = c.after;
    existing.updatedAt = row.at;
    existing.updatedBy = row.author;
    existing.updates++;
  } else {
    if (!existing) anomaly('deleted while it did not exist');
    byId.delete(row.entity_id);
  }
}

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
    .iterate(...params) as IterableIterator<Row>;
  return replayRows(rows);
}

/** Replays entries given oldest first (the rows of a JSON export, for instance). */
export function replayRows(rows: Iterable<Row>): Replay {
  const state: ReplayState = new Map();
  const anomalies: ReplayAnomaly[] = [];
  let head: ReplayPoint | null = null;
  let entries = 0;
  const seen = new Set<string>();
  for (const row of rows) {
    seen.add(row.entity_id);
    let changes: Changes;
    try {
      changes = JSON.parse(row.changes) as Changes;
    } catch {
      anomalies.push({ seq: row.seq, entity: row.entity, entityId: row.entity_id, reason: 'its changes are not JSON' });
      continue;
    }
    if (row.entity !== NOTE_ENTITY) apply(state, row, changes, anomalies);
    head = { seq: row.seq, hash: row.hash, at: row.at };
    entries++;
  }
  return { state, head, entries, anomalies, seen };
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
