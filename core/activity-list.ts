// The stored activity list: one JSON line per activity with every column the activities table
// shows (db/schema.ts `activity_list`). Listing 10,000 activities from the normalised tables means
// joining some 200,000 link rows keyed by text UUIDs, which costs well over 100 ms even in the bare
// sqlite3 shell; reading 10,000 prepared lines costs a few. So the line is written when an activity
// is saved, in the same transaction, by SQL that reads the saved rows: the line can only say what
// the tables say. Linked terms, recipients and the organisation appear as small list_refs numbers,
// not names, because a rename must not rewrite thousands of lines and labels depend on the language.
//
// Schema 4's data step (core/data-steps.ts) writes every line when a file is upgraded or imported.
// A file that still lacks some (written by hand or another tool) gets them rebuilt on the next
// list; a read-only one is listed from lines computed on the fly instead.
import type Database from 'better-sqlite3';
import { statement } from '../db/statements';
import type { ActivityRole, ActivityStatus, DurationUnit } from './api/schemas';

/** Where a line's numbers for terms, recipients and organisations come from. */
export type RefSource = 'stored' | 'rowid';

/** One retention rule: value, unit, criterion, trigger and the ref of the category or subject it is limited to. */
export type LineRetention = [number | null, DurationUnit | null, string, string, number | null];

/** A parsed line, in the order `lineSql` writes it. */
export type Line = [
  id: string,
  version: number,
  reference: string,
  name: string,
  organisationRef: number,
  role: ActivityRole,
  status: ActivityStatus,
  department: string,
  owner: string,
  purposes: string[],
  /** LegalBasis[] as JSON text, decoded once per distinct text. */
  legalBases: string,
  reviewDate: string | null,
  updatedAt: string,
  updatedBy: string,
  /** Comma-separated list_refs numbers, read by `readRefs`. */
  termRefs: string,
  recipientRefs: string,
  /** LineRetention[] as JSON text: registers repeat a few retention rules, so their wording is worked out once per text. */
  retention: string,
  hasTransfers: 0 | 1,
];

/**
 * The number standing for a term, recipient or organisation id. Stored lines use list_refs; lines
 * computed on the fly (read-only files) may use the rowid, which is stable within one read.
 */
function refOf(refs: RefSource, table: 'terms' | 'recipients' | 'organisations', idExpr: string): string {
  return refs === 'stored'
    ? `(SELECT ref FROM list_refs WHERE id = ${idExpr})`
    : `(SELECT rowid FROM ${table} WHERE id = ${idExpr})`;
}

/**
 * The linked numbers in list order as text, "12,40,7": parsing that costs a third of parsing a
 * JSON array of numbers, and a list of 10,000 activities holds some 200,000 of them.
 */
function refList(refs: RefSource, link: 'activity_terms' | 'activity_recipients'): string {
  const [column, table] =
    link === 'activity_terms' ? (['term_ref', 'terms'] as const) : (['recipient_ref', 'recipients'] as const);
  // The link names its target by the target's rowid (its `ref`), which is what 'rowid' lines use.
  const x = refs === 'stored' ? refOf(refs, table, `(SELECT id FROM ${table} WHERE ref = l.${column})`) : `l.${column}`;
  return `coalesce((SELECT group_concat(x, ',') FROM (SELECT ${x} AS x FROM ${link} l WHERE l.activity_ref = a.ref ORDER BY l.position)), '')`;
}

/** The line of activity `a`, as JSON text; plain SQL up to SQLite 3.40 so the sqlite3 shell can run it. */
export function lineSql(refs: RefSource): string {
  // '' || makes it plain text in every SQLite version (newer ones keep the JSON subtype through a subquery).
  const retention = `'' || (SELECT json_group_array(json_array(r.duration_value, r.duration_unit, r.criterion, r.trigger,
      ${refOf(refs, 'terms', 'coalesce(r.data_subject_id, r.data_category_id)')}))
    FROM (SELECT * FROM retention_rules rr WHERE rr.activity_id = a.id ORDER BY rr.position) r)`;
  return `json_array(a.id, a.version, a.reference, a.name, ${refOf(refs, 'organisations', 'a.organisation_id')}, a.role, a.status, a.department, a.owner,
    json(coalesce((SELECT json_group_array(p.text) FROM (SELECT text FROM purposes pp WHERE pp.activity_id = a.id ORDER BY pp.position) p), '[]')), a.legal_bases, a.review_date, a.updated_at, a.updated_by,
    ${refList(refs, 'activity_terms')}, ${refList(refs, 'activity_recipients')}, ${retention},
    EXISTS (SELECT 1 FROM transfers t WHERE t.activity_id = a.id))`;
}

/**
 * Reads a comma-separated ref list into `into` (reused by the caller across lines, so listing
 * 10,000 activities allocates no arrays for their 200,000 refs) and returns how many it holds.
 */
export function readRefs(list: string, into: number[]): number {
  let count = 0;
  let n = 0;
  for (let i = 0; i < list.length; i++) {
    const digit = list.charCodeAt(i) - 48;
    if (digit >= 0 && digit <= 9) n = n * 10 + digit;
    else {
      into[count++] = n;
      n = 0;
    }
  }
  if (list.length > 0) into[count++] = n;
  return count;
}

/** Rows shaped like activity_list, computed from the tables: what a read-only file lists from. */
export function computedRows(): string {
  return `(SELECT a.id AS activity_id, a.reference AS reference, a.name AS name, ${lineSql('rowid')} AS line FROM activities a)`;
}

/** Every term, recipient and organisation gets a number once; cheap, as the catalogues hold hundreds of rows. */
function assignRefs(sqlite: Database.Database): void {
  sqlite.exec(
    'INSERT OR IGNORE INTO list_refs (id) SELECT id FROM terms UNION ALL SELECT id FROM recipients UNION ALL SELECT id FROM organisations',
  );
}

/**
 * Numbers for what the lines of the activities `which` selects (by one parameter) name: their
 * organisation, linked terms and recipients.
 */
const assignActivityRefs = (which: string) => `INSERT OR IGNORE INTO list_refs (id)
  WITH one AS (SELECT id, ref, organisation_id FROM activities WHERE ${which})
  SELECT organisation_id FROM one
  UNION ALL SELECT t.id FROM one JOIN activity_terms l ON l.activity_ref = one.ref JOIN terms t ON t.ref = l.term_ref
  UNION ALL SELECT r.id FROM one JOIN activity_recipients l ON l.activity_ref = one.ref
    JOIN recipients r ON r.ref = l.recipient_ref
  UNION ALL SELECT coalesce(rr.data_subject_id, rr.data_category_id) FROM one JOIN retention_rules rr ON rr.activity_id = one.id
    WHERE coalesce(rr.data_subject_id, rr.data_category_id) IS NOT NULL`;
const ASSIGN_ACTIVITY_REFS = assignActivityRefs('id = ?');
/** The activities whose ids are in the JSON array parameter. */
const IN_IDS = 'IN (SELECT value FROM json_each(?))';
const ASSIGN_ACTIVITIES_REFS = assignActivityRefs(`id ${IN_IDS}`);

/** Writes the lines of the activities `a` that `which` selects (by one parameter). */
const writeLines = (which: string) =>
  // An upsert, not INSERT OR REPLACE: the row is updated in place rather than deleted and
  // inserted again at a new rowid, and list_counts sees no change (db/migrations/0008_list_counts.sql).
  `INSERT INTO activity_list (activity_id, reference, name, line) SELECT a.id, a.reference, a.name, ${lineSql('stored')} FROM activities a WHERE ${which}
      ON CONFLICT (activity_id) DO UPDATE SET reference = excluded.reference, name = excluded.name, line = excluded.line`;
// Built once: the line's SQL is long, and building and hashing it again on every save cost time.
const WRITE_LINE = writeLines('a.id = ?');
const WRITE_LINES = writeLines(`a.id ${IN_IDS}`);

/** Rewrites one activity's line; call inside the transaction that saved it. */
export function refreshActivityLine(sqlite: Database.Database, activityId: string): void {
  // Only the ids this line names get numbers: numbering the whole catalogue on every save cost
  // more than writing the line.
  statement(sqlite, ASSIGN_ACTIVITY_REFS).run(activityId);
  statement(sqlite, WRITE_LINE).run(activityId);
}

/**
 * refreshActivityLine for many activities saved in one transaction (createActivities), its two
 * statements run once for all of them: a statement writing rows inside a transaction keeps an undo
 * copy of each page it touches, and two per activity were a sixth of the time creating one took.
 */
export function refreshActivityLines(sqlite: Database.Database, activityIds: readonly string[]): void {
  if (activityIds.length === 0) return;
  const ids = JSON.stringify(activityIds);
  statement(sqlite, ASSIGN_ACTIVITIES_REFS).run(ids);
  statement(sqlite, WRITE_LINES).run(ids);
}

/** Writes every line afresh. */
export function rebuildActivityList(sqlite: Database.Database): void {
  sqlite
    .transaction(() => {
      assignRefs(sqlite);
      sqlite.exec('DELETE FROM activity_list');
      sqlite.exec(
        `INSERT INTO activity_list (activity_id, reference, name, line) SELECT a.id, a.reference, a.name, ${lineSql('stored')} FROM activities a`,
      );
      sqlite.exec(RECOUNT);
    })
    .immediate();
}

/** Sets list_counts to what the tables hold, after a rebuild or when the kept numbers drifted. */
const RECOUNT =
  'UPDATE list_counts SET activities = (SELECT count(*) FROM activities), lines = (SELECT count(*) FROM activity_list)';

/**
 * Lines are written with every save, so a missing one means the file has not had them built yet.
 * The numbers the triggers keep answer in one page; only when they disagree are both tables
 * counted, since a writer that replaced rows by rowid (which skips the delete trigger) leaves them off.
 */
function complete(sqlite: Database.Database, writable: boolean): boolean {
  if (statement(sqlite, 'SELECT activities = lines FROM list_counts', 'pluck').get() === 1) return true;
  const counted =
    sqlite.prepare('SELECT (SELECT count(*) FROM activities) = (SELECT count(*) FROM activity_list)').pluck().get() ===
    1;
  // Drifted numbers but every line there: set them right, or each list would count again.
  if (counted && writable) sqlite.exec(RECOUNT);
  return counted;
}

/**
 * What to list from: the stored lines, rebuilt first if some are missing and the file may be
 * written now; otherwise lines computed from the tables (slower, but never stale).
 */
export function listSource(sqlite: Database.Database, readOnly: boolean): { rows: string; refs: RefSource } {
  if (complete(sqlite, !readOnly && !sqlite.inTransaction)) return { rows: 'activity_list', refs: 'stored' };
  // Inside a caller's transaction, a rebuild would widen what that transaction holds or undoes.
  if (readOnly || sqlite.inTransaction) return { rows: computedRows(), refs: 'rowid' };
  rebuildActivityList(sqlite);
  return { rows: 'activity_list', refs: 'stored' };
}

/** Builds the lines a writable register lacks now rather than at its first list (`ropa upgrade`). */
export function ensureActivityList(sqlite: Database.Database): void {
  if (!complete(sqlite, true)) rebuildActivityList(sqlite);
}

/** The order of the activities table and of every list: reference, then name, ignoring case. */
export const LIST_ORDER = 'ORDER BY l.reference COLLATE NOCASE, l.name COLLATE NOCASE, l.activity_id';
