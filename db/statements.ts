// Statements prepared once per open register. Preparing a statement (and, through drizzle,
// building its SQL) costs several times more than running a small one, and saving an activity
// runs some thirty: creating 10,000 activities spent most of its time preparing the same SQL
// again. A statement keeps its mode (pluck/raw), so the mode is part of what is cached.
import type Database from 'better-sqlite3';
import { getTableColumns, getTableName, type Table } from 'drizzle-orm';

const caches = new WeakMap<object, Map<string, unknown>>();

/**
 * What `build` made for `owner` under `key`, made once while `owner` (a connection) lives. Keys
 * should be constant strings: V8 keeps a string's hash, so looking one up again costs little.
 */
export function perConnection<T>(owner: object, key: string, build: () => T): T {
  let cache = caches.get(owner);
  if (!cache) {
    cache = new Map();
    caches.set(owner, cache);
  }
  const found = cache.get(key);
  if (found !== undefined) return found as T;
  const made = build();
  cache.set(key, made);
  return made;
}

export type StatementMode = 'rows' | 'pluck' | 'raw';

/** One cache per mode, so the SQL text itself is the key. */
const modeOwners = new WeakMap<Database.Database, Record<StatementMode, object>>();

/** `sql` prepared once on this connection, in `mode`. */
export function statement(sqlite: Database.Database, sql: string, mode: StatementMode = 'rows'): Database.Statement {
  let owners = modeOwners.get(sqlite);
  if (!owners) {
    owners = { rows: {}, pluck: {}, raw: {} };
    modeOwners.set(sqlite, owners);
  }
  return perConnection(owners[mode], sql, () => {
    const prepared = sqlite.prepare(sql);
    if (mode === 'pluck') prepared.pluck();
    if (mode === 'raw') prepared.raw();
    return prepared;
  });
}

/** SQLite's limit on a statement's parameters. */
const MAX_PARAMETERS = 32_766;

/**
 * Inserts rows shaped as drizzle's `$inferInsert` of `table`, encoding each value as drizzle
 * would (JSON columns as text, booleans as 0/1) through the column's own mapper; a key left
 * undefined takes the column's SQL default. Consecutive rows with the same keys go up to
 * `rowsPerStatement` to a statement (a power of two of them), each shape prepared once. One row
 * per statement unless asked: inside a transaction SQLite gives a statement that writes several
 * rows (or fires a trigger) an undo journal of its own, a copy of every page it touches so that
 * it can fail alone, which cost saving one activity more than the calls a multi-row INSERT saves;
 * a batch of activities, whose rows share pages, pays it once per statement instead of per
 * activity. Returns the last statement's result (for one row, its rowid), or null for no rows.
 */
export function insertRows<T extends Table>(
  sqlite: Database.Database,
  table: T,
  rows: T['$inferInsert'][],
  rowsPerStatement = 1,
): Database.RunResult | null {
  const columns = getTableColumns(table) as Record<string, T['_']['columns'][string]>;
  const all = rows as Record<string, unknown>[];
  let last: Database.RunResult | null = null;
  let i = 0;
  while (i < all.length) {
    const keys = presentKeys(all[i]!);
    let end = i + 1;
    while (end < all.length && sameKeys(all[end]!, keys)) end++;
    const most = Math.max(1, Math.min(rowsPerStatement, Math.floor(MAX_PARAMETERS / keys.length)));
    while (i < end) {
      // A power of two: a batch of any size needs few statements, and a connection prepares few shapes.
      const n = 2 ** Math.floor(Math.log2(Math.min(most, end - i)));
      const values: unknown[] = [];
      for (const row of all.slice(i, i + n)) {
        for (const k of keys) {
          const value = row[k];
          values.push(value === null ? null : columns[k]!.mapToDriverValue(value));
        }
      }
      last = insertStatement(sqlite, table, columns, keys, n).run(values);
      i += n;
    }
  }
  return last;
}

function sameKeys(row: Record<string, unknown>, keys: string[]): boolean {
  let count = 0;
  for (const key in row) if (row[key] !== undefined) count++;
  return count === keys.length && keys.every((k) => row[k] !== undefined);
}

function presentKeys(row: Record<string, unknown>): string[] {
  const keys: string[] = [];
  for (const key in row) if (row[key] !== undefined) keys.push(key);
  return keys;
}

/** The INSERT statements of one table, one per set of keys and number of rows. */
type InsertStatements = { keys: string[]; rows: number; statement: Database.Statement }[];

function insertStatement(
  sqlite: Database.Database,
  table: Table,
  columns: Record<string, { name: string }>,
  keys: string[],
  rows: number,
): Database.Statement {
  // Found by the table and by comparing the keys, rather than by a key string built for every row.
  const byTable = perConnection(sqlite, 'insert statements', () => new Map<Table, InsertStatements>());
  let known = byTable.get(table);
  if (!known) byTable.set(table, (known = []));
  const found = known.find(
    (s) => s.rows === rows && s.keys.length === keys.length && s.keys.every((k, i) => k === keys[i]),
  );
  if (found) return found.statement;
  const name = getTableName(table);
  const names = keys.map((k) => {
    const column = columns[k];
    if (!column) throw new Error(`${name} has no column ${k}`);
    return `"${column.name}"`;
  });
  const one = `(${keys.map(() => '?').join(', ')})`;
  const statement = sqlite.prepare(
    `INSERT INTO "${name}" (${names.join(', ')}) VALUES ${Array(rows).fill(one).join(', ')}`,
  );
  known.push({ keys, rows, statement });
  return statement;
}
