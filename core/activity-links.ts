// An activity's links to terms and recipients. The link tables name both ends by `ref`, the small
// integer key of activities, terms and recipients (db/schema.ts `linkable`); everything outside the
// file (records, history, exports) names them by id. This module is where one turns into the other.
import type Database from 'better-sqlite3';
import { statement } from '../db/statements';
import { readRefs } from './activity-list';

export interface Link {
  /** The link table. */
  table: 'activity_terms' | 'activity_recipients';
  /** Its column naming the other end. */
  column: 'term_ref' | 'recipient_ref';
  /** The table of the other end. */
  target: 'terms' | 'recipients';
  /** The other end's id in an export's link rows. */
  key: 'termId' | 'recipientId';
}

export const LINKS = {
  terms: { table: 'activity_terms', column: 'term_ref', target: 'terms', key: 'termId' },
  recipients: { table: 'activity_recipients', column: 'recipient_ref', target: 'recipients', key: 'recipientId' },
} as const satisfies Record<string, Link>;

/** An activity's `ref`, from its id (the statement's parameter). */
const REF_OF_ACTIVITY = '(SELECT ref FROM activities WHERE id = ?)';

/** `select` (columns of the other end, `t`) for one activity's links, in its order. */
export function linkedSql(link: Link, select = 't.id'): string {
  return `SELECT ${select} FROM ${link.table} l JOIN ${link.target} t ON t.ref = l.${link.column}
   WHERE l.activity_ref = ${REF_OF_ACTIVITY} ORDER BY l.position`;
}

/** The ids one activity links to through `link`, in its order. */
export function linkedIds(sqlite: Database.Database, link: Link, activityId: string): string[] {
  return statement(sqlite, linkedSql(link), 'pluck').all(activityId) as string[];
}

/** How many activities link to the term or recipient `id`: what deleting it must wait for. */
export function linksTo(sqlite: Database.Database, link: Link, id: string): number {
  return statement(
    sqlite,
    `SELECT count(*) FROM ${link.table} WHERE ${link.column} = (SELECT ref FROM ${link.target} WHERE id = ?)`,
    'pluck',
  ).get(id) as number;
}

/** Removes one activity's links (before they are written again). */
export function clearLinks(sqlite: Database.Database, link: Link, activityId: string): void {
  statement(sqlite, `DELETE FROM ${link.table} WHERE activity_ref = ${REF_OF_ACTIVITY}`).run(activityId);
}

/** Every row's id by its `ref`, for turning refs back into ids. */
function idsByRef(sqlite: Database.Database, table: 'activities' | Link['target']): string[] {
  const ids: string[] = [];
  for (const [ref, id] of sqlite.prepare(`SELECT ref, id FROM ${table}`).raw().all() as [number, string][])
    ids[ref] = id;
  return ids;
}

/**
 * Each activity's linked ids in its order (`activityIds`: idsByRef of the activities). SQLite groups the links into one list of refs per
 * activity ("12,40,7"), read without joining either end: 10,000 activities have some 200,000 links,
 * and one row (or one id string) per link cost several times as much, mostly in the garbage collector.
 * The ids are the strings read once per term or recipient, shared by every list naming them.
 */
function linkLists(sqlite: Database.Database, link: Link, activityIds: string[]): Map<string, string[]> {
  const targetIds = idsByRef(sqlite, link.target);
  const rows = sqlite
    .prepare(
      `SELECT activity_ref, group_concat(${link.column}, ',' ORDER BY position) FROM ${link.table} GROUP BY activity_ref`,
    )
    .raw()
    .all() as [number, string][];
  const scratch: number[] = [];
  const out = new Map<string, string[]>();
  for (const [activityRef, refs] of rows) {
    const activityId = activityIds[activityRef];
    // A link naming a row that is not there (written with foreign keys off) is left out, as a join would.
    if (activityId === undefined) continue;
    const ids: string[] = [];
    for (let i = 0, n = readRefs(refs, scratch); i < n; i++) {
      const id = targetIds[scratch[i]!];
      if (id !== undefined) ids.push(id);
    }
    out.set(activityId, ids);
  }
  return out;
}

const CONTROLLER_LISTS =
  'SELECT activity_id, json_group_array(organisation_id ORDER BY position) FROM activity_controllers GROUP BY activity_id';

/** Every activity's linked ids by activity id, in its order: terms, recipients and client controllers. */
export function allLinkedIds(
  sqlite: Database.Database,
): Record<'termIds' | 'recipientIds' | 'controllerIds', Map<string, string[]>> {
  const activityIds = idsByRef(sqlite, 'activities');
  const controllers = sqlite.prepare(CONTROLLER_LISTS).raw().all() as [string, string][];
  return {
    termIds: linkLists(sqlite, LINKS.terms, activityIds),
    recipientIds: linkLists(sqlite, LINKS.recipients, activityIds),
    controllerIds: new Map(controllers.map(([activityId, ids]) => [activityId, JSON.parse(ids) as string[]])),
  };
}

/** A link as an export holds it: both ends by id. */
export type LinkRow<K extends Link['key']> = { activityId: string; position: number } & Record<K, string>;

/** Every link row by ids, ordered by activity id then position (an export's stable order). */
export function readLinkRows<L extends Link>(sqlite: Database.Database, link: L): LinkRow<L['key']>[] {
  return sqlite
    .prepare(
      `SELECT a.id AS activityId, t.id AS ${link.key}, l.position AS position FROM ${link.table} l
       JOIN activities a ON a.ref = l.activity_ref JOIN ${link.target} t ON t.ref = l.${link.column}
       ORDER BY a.id, l.position`,
    )
    .all() as LinkRow<L['key']>[];
}

/**
 * Writes an export's link rows. A row naming an activity or a term/recipient the export lacks is
 * refused (a `ref` cannot be looked up for it, so the foreign key check would never see it).
 */
export function insertLinkRows(
  sqlite: Database.Database,
  link: Link,
  rows: readonly ({ activityId: string; position: number } & Partial<Record<Link['key'], string>>)[],
): void {
  const insert = sqlite.prepare(
    `INSERT INTO ${link.table} (activity_ref, ${link.column}, position)
     SELECT a.ref, t.ref, ? FROM activities a, ${link.target} t WHERE a.id = ? AND t.id = ?`,
  );
  for (const row of rows) {
    const other = row[link.key] ?? null;
    if (insert.run(row.position, row.activityId, other).changes === 0)
      throw new Error(`a link names ${row.activityId} and ${other}, which the export does not hold`);
  }
}
