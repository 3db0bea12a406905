// Does the data say what the history says? The replayed state at the head is compared with the
// stored rows, read through each entity's own getter (the shape recordChange was given), field by
// field; the stored activity list lines with what the tables give; and the history's sequence with
// its recorded head and SQLite's own AUTOINCREMENT counter.
import type Database from 'better-sqlite3';
import type { DataCheck, DataDifference } from './api/contract';
import { lineSql } from './activity-list';
import type { CoreContext } from './context';
import { readHead } from './history';
import { RECORDED_ENTITIES } from './recorded-entities';
import { displayName, replayHistory, type Replay } from './replay';
import { isStampKey, withoutStamp } from './stamps';

/**
 * Runs `read` as one snapshot of the file. Each statement outside a transaction sees the file as
 * it is then, so a colleague's save committed between reading the history and reading the rows
 * would look like data that differs from its history. Inside one read transaction the save waits
 * (the busy timeout) until every read is done, and the check sees one state of the register.
 */
export function inOneRead<T>(sqlite: Database.Database, read: () => T): T {
  if (sqlite.inTransaction) return read();
  sqlite.exec('BEGIN');
  try {
    return read();
  } finally {
    // Nothing was written; and a damaged page may already have ended the transaction.
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
  }
}

/** How many differences a report lists before it only counts. */
export const LISTED = 20;

const text = (v: unknown): string => JSON.stringify(v ?? null);

/** A value JSON writes as itself, so two of them write the same JSON only when they are ===. */
const isScalar = (v: unknown): boolean =>
  typeof v === 'string' || typeof v === 'boolean' || v === null || (typeof v === 'number' && Number.isFinite(v));

/** An object JSON writes key by key (no toJSON of its own or from a class). */
const isPlainObject = (v: object): boolean => {
  const proto = Object.getPrototypeOf(v) as unknown;
  return (proto === Object.prototype || proto === null) && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
};

/** What JSON writes nothing for: an object key holding it is left out, an array item becomes null. */
const unwritten = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/**
 * Whether JSON.stringify would write `a` and `b` the same, without writing either: stringifying the
 * lists and objects of 10,000 activities twice each was most of the comparison's time and garbage.
 * Keys are compared in order, as the JSON text would be; anything but strings, finite numbers,
 * booleans, null, arrays and plain objects (a Date, a Buffer, NaN) is compared as JSON text.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (isScalar(a) && isScalar(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      const x: unknown = a[i];
      const y: unknown = b[i];
      if (!sameJson(unwritten(x) ? null : x, unwritten(y) ? null : y)) return false;
    }
    return true;
  }
  if (
    typeof a === 'object' &&
    typeof b === 'object' &&
    a !== null &&
    b !== null &&
    !Array.isArray(a) &&
    !Array.isArray(b) &&
    isPlainObject(a) &&
    isPlainObject(b)
  )
    return sameObject(a as Record<string, unknown>, b as Record<string, unknown>);
  // In an array, so that what JSON writes nothing for is written as null on both sides.
  return JSON.stringify([a]) === JSON.stringify([b]);
}

function sameObject(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  let j = 0;
  for (const key of aKeys) {
    if (unwritten(a[key])) continue;
    while (j < bKeys.length && unwritten(b[bKeys[j]!])) j++;
    if (j === bKeys.length || bKeys[j] !== key || !sameJson(a[key], b[key])) return false;
    j++;
  }
  while (j < bKeys.length && unwritten(b[bKeys[j]!])) j++;
  return j === bKeys.length;
}

/** One line per difference; names and values as JSON strings, so no stored text can forge a line. */
export function describeDifference(d: DataDifference): string {
  const who = `${d.entity} ${JSON.stringify(d.name)}`;
  if (d.field === '')
    return d.stored === null
      ? `${who}: not stored, but the history says it exists`
      : `${who}: stored, but the history never recorded it (or recorded its deletion)`;
  return `${who}: ${d.field}: stored ${d.stored ?? 'nothing'}, history says ${d.expected ?? 'nothing'}`;
}

export interface DataComparison {
  differences: DataDifference[];
  count: number;
}

/** Keeps the first LISTED items and counts the rest. */
class Collector<T> {
  readonly items: T[] = [];
  count = 0;
  constructor(private readonly limit = LISTED) {}
  add(item: T): void {
    if (this.items.length < this.limit) this.items.push(item);
    this.count++;
  }
}

/**
 * Registers made before the history recorded the default vocabulary hold built-in terms that no entry
 * names. They were written with the register itself, so they are its starting point, not an edit
 * behind the app's back. A built-in term the history names anywhere is compared like any other row.
 */
function isUnrecordedDefault(entity: string, stored: Record<string, unknown>, named: boolean): boolean {
  return entity === 'term' && stored['builtIn'] === true && !named;
}

/** The replayed state compared with the stored rows; every difference is one field of one entity. */
export function compareWithStored(ctx: CoreContext, replay: Replay, limit = LISTED): DataComparison {
  const out = new Collector<DataDifference>(limit);
  const known = new Set(RECORDED_ENTITIES.map((e) => e.entity));
  for (const reader of RECORDED_ENTITIES) {
    const replayed = new Map(replay.state.get(reader.entity) ?? []);
    for (const record of reader.list(ctx) as unknown as Record<string, unknown>[]) {
      const id = record['id'] as string;
      const expected = replayed.get(id);
      if (!expected) {
        const stored = withoutStamp(record);
        if (isUnrecordedDefault(reader.entity, stored, replay.seen.has(id))) continue;
        out.add({
          entity: reader.entity,
          id,
          name: displayName(stored, id),
          field: '',
          stored: text(stored),
          expected: null,
        });
        continue;
      }
      replayed.delete(id);
      // Field by field, without copying either side: 10,000 activities make this the check's inner loop.
      const differs = (field: string) => {
        const sv = isStampKey(field) ? undefined : record[field];
        const ev = expected.fields[field];
        if (!sameJson(sv ?? null, ev ?? null))
          out.add({
            entity: reader.entity,
            id,
            name: displayName(record, id),
            field,
            stored: text(sv),
            expected: text(ev),
          });
      };
      for (const field in record) if (!isStampKey(field)) differs(field);
      for (const field in expected.fields) if (isStampKey(field) || !(field in record)) differs(field);
    }
    for (const missing of replayed.values()) {
      out.add({
        entity: reader.entity,
        id: missing.id,
        name: displayName(missing.fields, missing.id),
        field: '',
        stored: null,
        expected: text(missing.fields),
      });
    }
  }
  for (const [entity, byId] of replay.state) {
    if (known.has(entity)) continue;
    for (const r of byId.values()) {
      out.add({
        entity,
        id: r.id,
        name: displayName(r.fields, r.id),
        field: '',
        stored: null,
        expected: text(r.fields),
      });
    }
  }
  return { differences: out.items, count: out.count };
}

/**
 * Stored list lines that are not what the tables give now. A missing line is fine (it is built at
 * the next list); a wrong one would show the user a different register from the one on file.
 */
export function checkListLines(sqlite: Database.Database): { lines: string[]; count: number } {
  const out = new Collector<string>();
  // SQLite compares each line with what the tables give and returns only the wrong ones: 10,000
  // lines of about 1 KB each need not cross into JavaScript to be found equal.
  const rows = sqlite
    .prepare(
      `SELECT l.activity_id, l.name, a.id IS NOT NULL FROM activity_list l LEFT JOIN activities a ON a.id = l.activity_id
       WHERE a.id IS NULL OR l.line IS NOT ${lineSql('stored')}`,
    )
    .raw()
    .all() as [id: string, name: string, present: 0 | 1][];
  for (const [id, name, present] of rows) {
    if (!present) out.add(`list line of activity "${name}" (${id}): the activity is not stored`);
    else out.add(`list line of activity "${name}" (${id}): it does not say what the activity's rows say`);
  }
  return { lines: out.items, count: out.count };
}

/** No gap in the sequence, and its length agrees with the recorded head and sqlite_sequence. */
export function checkSequence(sqlite: Database.Database): string[] {
  const problems: string[] = [];
  const { n, lo, hi } = sqlite.prepare('SELECT count(*) AS n, min(seq) AS lo, max(seq) AS hi FROM history').get() as {
    n: number;
    lo: number | null;
    hi: number | null;
  };
  if (n > 0 && (lo !== 1 || hi !== n)) {
    const gaps = sqlite
      .prepare(
        `SELECT h.seq + 1 AS start, (SELECT min(seq) FROM history WHERE seq > h.seq) - 1 AS stop FROM history h
         WHERE h.seq + 1 NOT IN (SELECT seq FROM history) AND h.seq < (SELECT max(seq) FROM history)
         UNION ALL SELECT 1, min(seq) - 1 FROM history WHERE (SELECT min(seq) FROM history) > 1 ORDER BY 1 LIMIT 5`,
      )
      .all() as { start: number; stop: number }[];
    for (const g of gaps)
      problems.push(
        g.start === g.stop
          ? `history entry ${g.start} is missing`
          : `history entries ${g.start} to ${g.stop} are missing`,
      );
  }
  const head = readHead(sqlite);
  if (head && head.seq !== n)
    problems.push(`the history holds ${n} entries but its recorded head is entry ${head.seq}`);
  const counter = sqlite.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'history'").pluck().get() as
    number | undefined;
  const last = head?.seq ?? hi ?? 0;
  if ((counter ?? 0) !== last)
    problems.push(
      `SQLite numbered ${counter ?? 0} history entries but the history ends at entry ${last}: the newest entries were deleted`,
    );
  return problems;
}

/**
 * The check the app runs on a register it opened: the replayed history against the stored rows (not
 * the chain, which verifyHistory walks). A register that cannot be compared is not held.
 */
export function checkOpenedData(ctx: CoreContext): DataCheck {
  try {
    const { differences, count } = inOneRead(ctx.register.sqlite, () =>
      compareWithStored(ctx, replayHistory(ctx.register.sqlite)),
    );
    return { ok: count === 0, differences, differenceCount: count, notChecked: null };
  } catch (err) {
    return {
      ok: true,
      differences: [],
      differenceCount: 0,
      notChecked: `the data could not be compared with its history (${(err as Error).message})`,
    };
  }
}
