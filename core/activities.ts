// Processing activities: the register's heart. An activity is saved as one aggregate (its links to
// terms, recipients and controllers, its transfers and retention rules) under one version number.
import { asc, eq, sql } from 'drizzle-orm';
import type { Column, Table } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { RegisterDb } from '../db/open';
import { insertRows, perConnection, statement } from '../db/statements';
import {
  activities,
  activityControllers,
  activityRecipients,
  activityTerms,
  purposes,
  recordColumns,
  retentionRules,
  terms,
  transfers,
} from '../db/schema';
import type { Activity, ActivitySummary, Purpose, RetentionRule, Stamp, Transfer } from './api/contract';
import { writeTransaction, type CoreContext } from './context';
import { invalid, notFound, type FieldIssue } from './api/errors';
import { prepareChanges, recordChange, writeChanges } from './history';
import {
  basesOf,
  type ActivityFields,
  type Language,
  type RetentionInput,
  type TermKind,
  type TransferInput,
} from './api/schemas';
import { assertVersion, newStamp, nextStamp, stampOf, withoutStamp } from './stamps';
import { refreshActivityLine, refreshActivityLines } from './activity-list';
import { allLinkedIds, clearLinks, linkedIds, linkedSql, LINKS } from './activity-links';
import { unlinkActivityCookies } from './cookies';
import { summaries } from './activity-summaries';
import { filterActivities, type ActivityFilter } from './api/search';

const TERM_LISTS = {
  dataSubjectIds: 'data_subject',
  dataCategoryIds: 'data_category',
  securityMeasureIds: 'security_measure',
} as const satisfies Record<string, TermKind>;
type TermListKey = keyof typeof TERM_LISTS;

type ActivityRow = Omit<typeof activities.$inferSelect, 'ref'>;

function strip<T extends { activityId: string; position: number }>(row: T): Omit<T, 'activityId' | 'position'> {
  const { activityId: _a, position: _p, ...rest } = row;
  return rest;
}

/** The queries that read one activity, prepared once per open register (db/statements.ts says why). */
function readQueries(db: RegisterDb) {
  return perConnection(db, 'activity-read', () => {
    const id = sql.placeholder('id');
    const ofActivity = <T extends { activityId: SQLiteColumn }>(t: T) => eq(t.activityId, id);
    return {
      row: db.select(recordColumns(activities)).from(activities).where(eq(activities.id, id)).prepare(),
      purposes: db.select().from(purposes).where(ofActivity(purposes)).orderBy(asc(purposes.position)).prepare(),
      controllers: db
        .select({ id: activityControllers.organisationId })
        .from(activityControllers)
        .where(ofActivity(activityControllers))
        .orderBy(asc(activityControllers.position))
        .prepare(),
      transfers: db.select().from(transfers).where(ofActivity(transfers)).orderBy(asc(transfers.position)).prepare(),
      retention: db
        .select()
        .from(retentionRules)
        .where(ofActivity(retentionRules))
        .orderBy(asc(retentionRules.position))
        .prepare(),
    };
  });
}

export function findActivity(ctx: CoreContext, id: string): Activity | null {
  const q = readQueries(ctx.register.db);
  const row = q.row.get({ id });
  if (!row) return null;
  const { sqlite } = ctx.register;
  const linked = statement(sqlite, linkedSql(LINKS.terms, 't.id, t.kind'), 'raw').all(id) as [string, TermKind][];
  const idsOf = (kind: TermKind) => linked.filter((l) => l[1] === kind).map((l) => l[0]);
  // organisationId after the other columns: the order every reader of an activity has always given.
  const { organisationId, ...rest } = row;
  return {
    ...rest,
    organisationId,
    purposes: q.purposes.all({ id }).map((p) => strip(p) as Purpose),
    art9Conditions: row.art9Conditions as Activity['art9Conditions'],
    legalBases: row.legalBases as Activity['legalBases'],
    audiences: row.audiences as Activity['audiences'],
    translations: row.translations as Activity['translations'],
    controllerIds: q.controllers.all({ id }).map((r) => r.id),
    dataSubjectIds: idsOf('data_subject'),
    dataCategoryIds: idsOf('data_category'),
    securityMeasureIds: idsOf('security_measure'),
    recipientIds: linkedIds(sqlite, LINKS.recipients, id),
    transfers: q.transfers.all({ id }).map((t) => strip(t) as Transfer),
    retention: q.retention.all({ id }).map((r) => strip(r) as RetentionRule),
  };
}

export function getActivity(ctx: CoreContext, id: string): Activity {
  const found = findActivity(ctx, id);
  if (!found) throw notFound('activity', id);
  return found;
}

/** The rows the references of activities being saved name, looked up once for all of them. */
interface References {
  organisations: Set<string>;
  terms: Map<string, { ref: number; kind: TermKind }>;
  recipients: Map<string, number>;
}

function termIdsOf(f: ActivityFields): (string | null)[] {
  return [
    ...f.dataSubjectIds,
    ...f.dataCategoryIds,
    ...f.securityMeasureIds,
    ...f.retention.flatMap((r) => [r.dataCategoryId, r.dataSubjectId]),
  ];
}

/**
 * Which of the organisations, terms and recipients `list` names exist, with the `ref` links use and
 * a term's kind: one statement per table however many activities and ids (the distinct ids go in
 * as one JSON parameter), so a batch of activities pays for its references once.
 */
function lookUpReferences(ctx: CoreContext, list: readonly ActivityFields[]): References {
  const { sqlite } = ctx.register;
  const rows = (table: string, columns: string, ids: Iterable<string | null>) => {
    const distinct = [...new Set(ids)].filter((id): id is string => id !== null);
    if (distinct.length === 0) return [];
    return statement(sqlite, `SELECT ${columns} FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`, 'raw').all(
      JSON.stringify(distinct),
    ) as unknown[][];
  };
  const organisations = rows(
    'organisations',
    'id',
    list.flatMap((f) => [f.organisationId, ...f.controllerIds]),
  ) as [string][];
  const terms = rows('terms', 'id, ref, kind', list.flatMap(termIdsOf)) as [string, number, TermKind][];
  const recipients = rows(
    'recipients',
    'id, ref',
    list.flatMap((f) => [...f.recipientIds, ...f.transfers.map((t) => t.recipientId)]),
  ) as [string, number][];
  return {
    organisations: new Set(organisations.map(([id]) => id)),
    terms: new Map(terms.map(([id, ref, kind]) => [id, { ref, kind }])),
    recipients: new Map(recipients),
  };
}

/** References the schema cannot check: that every id names an existing row of the right kind. */
function checkReferences(refs: References, f: ActivityFields, prefix: string): void {
  const issues: FieldIssue[] = [];
  const orgIds = refs.organisations;
  if (!orgIds.has(f.organisationId)) issues.push({ path: `${prefix}organisationId`, message: 'no such organisation' });
  f.controllerIds.forEach((id, i) => {
    if (!orgIds.has(id)) issues.push({ path: `${prefix}controllerIds.${i}`, message: 'no such organisation' });
  });

  const expectKind = (id: string | null, kind: TermKind, path: string) => {
    if (id === null) return;
    const actual = refs.terms.get(id)?.kind;
    if (actual === undefined) issues.push({ path, message: 'no such term' });
    else if (actual !== kind) issues.push({ path, message: `this term is not a ${kind.replace('_', ' ')}` });
  };
  for (const key of Object.keys(TERM_LISTS) as TermListKey[]) {
    f[key].forEach((id, i) => expectKind(id, TERM_LISTS[key], `${prefix}${key}.${i}`));
  }
  f.retention.forEach((r, i) => {
    expectKind(r.dataCategoryId, 'data_category', `${prefix}retention.${i}.dataCategoryId`);
    expectKind(r.dataSubjectId, 'data_subject', `${prefix}retention.${i}.dataSubjectId`);
  });

  const recipientIds = refs.recipients;
  f.recipientIds.forEach((id, i) => {
    if (!recipientIds.has(id)) issues.push({ path: `${prefix}recipientIds.${i}`, message: 'no such recipient' });
  });
  f.transfers.forEach((t, i) => {
    if (t.recipientId !== null && !recipientIds.has(t.recipientId))
      issues.push({ path: `${prefix}transfers.${i}.recipientId`, message: 'no such recipient' });
  });
  if (issues.length > 0) throw invalid(issues);
}

function mainRow(f: ActivityFields): Omit<ActivityRow, keyof Stamp> {
  return {
    organisationId: f.organisationId,
    reference: f.reference,
    name: f.name,
    description: f.description,
    role: f.role,
    department: f.department,
    owner: f.owner,
    status: f.status,
    endDate: f.endDate,
    legalBases: basesOf(f.purposes),
    art9Conditions: f.art9Conditions,
    art10Basis: f.art10Basis,
    sources: f.sources,
    securityDescription: f.securityDescription,
    dpia: f.dpia,
    dpiaLink: f.dpiaLink,
    automatedDecision: f.automatedDecision,
    automatedDecisionDetails: f.automatedDecisionDetails,
    reviewDate: f.reviewDate,
    notes: f.notes,
    audiences: f.audiences,
    translations: f.translations,
  };
}

/** Removes an activity's links and child rows before they are written again (an update). */
function clearParts(ctx: CoreContext, activityId: string): void {
  const { sqlite } = ctx.register;
  for (const link of Object.values(LINKS)) clearLinks(sqlite, link, activityId);
  for (const table of ['activity_controllers', 'purposes', 'transfers', 'retention_rules'])
    statement(sqlite, `DELETE FROM ${table} WHERE activity_id = ?`).run(activityId);
}

/** An activity as its child rows (by id) and its links (by ref) name it. */
interface ActivityKey {
  id: string;
  ref: number;
}

/**
 * Child rows keep their id and stamp while their content is unchanged at the same position, so
 * their version means something; changed ones get a new version, extra ones are removed.
 */
function childStamps<I extends object, E extends Stamp & I>(ctx: CoreContext, wanted: I[], existing: E[]): Stamp[] {
  return wanted.map((w, i) => {
    const old = existing[i];
    if (!old) return newStamp(ctx);
    return JSON.stringify(withoutStamp(old)) === JSON.stringify(withoutStamp(w)) ? stampOf(old) : nextStamp(ctx, old);
  });
}

/** The rows of an activity's parts: its purposes, links, client controllers, transfers and retention rules. */
interface Parts {
  purposes: (typeof purposes.$inferInsert)[];
  terms: (typeof activityTerms.$inferInsert)[];
  recipients: (typeof activityRecipients.$inferInsert)[];
  controllers: (typeof activityControllers.$inferInsert)[];
  transfers: (typeof transfers.$inferInsert)[];
  retention: (typeof retentionRules.$inferInsert)[];
}

/** The rows of the activity's parts as `f` has them; links name the rows `refs` looked up. */
function partsOf(
  ctx: CoreContext,
  activity: ActivityKey,
  f: ActivityFields,
  refs: References,
  before: Activity | null,
): Parts {
  const { id: activityId, ref: activityRef } = activity;
  // checkReferences has found every id in `refs`, looked up in this transaction.
  const known = (ref: number | undefined, id: string): number => {
    if (ref === undefined) throw new Error(`an activity names ${id}, which was not looked up`);
    return ref;
  };
  const termIds = [...f.dataSubjectIds, ...f.dataCategoryIds, ...f.securityMeasureIds];
  const tStamps = childStamps<TransferInput, Transfer>(ctx, f.transfers, before?.transfers ?? []);
  const rStamps = childStamps<RetentionInput, RetentionRule>(ctx, f.retention, before?.retention ?? []);
  return {
    // Object.assign, not a spread followed by more keys: V8 builds those on a slow path, some
    // microseconds per row, and an import of 10,000 activities builds some 50,000 of these rows.
    purposes: f.purposes.map((p, position) => Object.assign({}, p, { activityId, position })),
    terms: termIds.map((id, position) => ({ activityRef, termRef: known(refs.terms.get(id)?.ref, id), position })),
    recipients: f.recipientIds.map((id, position) => ({
      activityRef,
      recipientRef: known(refs.recipients.get(id), id),
      position,
    })),
    controllers: f.controllerIds.map((organisationId, position) => ({ activityId, organisationId, position })),
    transfers: f.transfers.map((t, position) => Object.assign({}, t, tStamps[position]!, { activityId, position })),
    retention: f.retention.map((r, position) => Object.assign({}, r, rStamps[position]!, { activityId, position })),
  };
}

/**
 * Inserts the parts of one or many activities, table by table, `rowsPerStatement` rows to a
 * statement (db/statements.ts `insertRows` says when several pay). A link naming a row that is not
 * there fails the foreign key check rather than going missing.
 */
function insertParts(ctx: CoreContext, all: readonly Parts[], rowsPerStatement: number): void {
  const insert = <T extends Table>(table: T, rows: T['$inferInsert'][]) =>
    insertRows(ctx.register.sqlite, table, rows, rowsPerStatement);
  insert(
    purposes,
    all.flatMap((p) => p.purposes),
  );
  insert(
    activityTerms,
    all.flatMap((p) => p.terms),
  );
  insert(
    activityRecipients,
    all.flatMap((p) => p.recipients),
  );
  insert(
    activityControllers,
    all.flatMap((p) => p.controllers),
  );
  insert(
    transfers,
    all.flatMap((p) => p.transfers),
  );
  insert(
    retentionRules,
    all.flatMap((p) => p.retention),
  );
}

/** The activity's links and child rows, as `f` has them, after its own row was written. */
function writeParts(
  ctx: CoreContext,
  activity: ActivityKey,
  f: ActivityFields,
  refs: References,
  before: Activity | null,
): Parts {
  if (before) clearParts(ctx, activity.id);
  const parts = partsOf(ctx, activity, f, refs, before);
  insertParts(ctx, [parts], 1);
  return parts;
}

/** A column, and whether its values read back as written (drizzle maps them neither way). */
type Columns = [key: string, column: Column, asWritten: boolean][];
const AS_WRITTEN = new Set(['SQLiteText', 'SQLiteInteger']);
/** What an activity holds beyond its own row. */
type ActivityParts =
  | 'purposes'
  | 'controllerIds'
  | 'dataSubjectIds'
  | 'dataCategoryIds'
  | 'securityMeasureIds'
  | 'recipientIds'
  | 'transfers'
  | 'retention';

/** A table's record columns in its order, leaving out the keys a child record does not show. */
function columnsOf(table: SQLiteTable, leaveOut: string[] = []): Columns {
  return Object.entries(recordColumns(table) as Record<string, Column>)
    .filter(([key]) => !leaveOut.includes(key))
    .map(([key, column]) => [key, column, AS_WRITTEN.has(column.columnType)]);
}

const CHILD_KEYS = ['activityId', 'position'];
const ACTIVITY_COLUMNS = columnsOf(activities, ['organisationId']);
const PURPOSE_COLUMNS = columnsOf(purposes, CHILD_KEYS);
const TRANSFER_COLUMNS = columnsOf(transfers, CHILD_KEYS);
const RETENTION_COLUMNS = columnsOf(retentionRules, CHILD_KEYS);

/**
 * `written` as reading its row back would give it: the columns in the table's order, each value
 * through drizzle's own encoding and decoding (JSON columns come back as fresh copies, booleans as
 * booleans). A value left to an SQL default is not known here, so every column must be written.
 */
function asRead<T>(columns: Columns, written: object): T {
  const values = written as Record<string, unknown>;
  const record: Record<string, unknown> = {};
  for (const [key, column, asWritten] of columns) {
    const value = values[key];
    if (value === undefined) throw new Error(`${column.name} was not written, so it cannot be returned`);
    record[key] = value === null || asWritten ? value : column.mapFromDriverValue(column.mapToDriverValue(value));
  }
  return record as T;
}

/**
 * The activity just saved, exactly as getActivity would read it (same values, same key order, which
 * the history's text keeps), built from what was written instead of seven queries reading it again.
 */
function activityRecord(main: ActivityRow, f: ActivityFields, children: Parts): Activity {
  // Added to the row's record rather than spread into a new one; organisationId after the other
  // columns, as findActivity gives it.
  return Object.assign(asRead<Omit<Activity, ActivityParts | 'organisationId'>>(ACTIVITY_COLUMNS, main), {
    organisationId: main.organisationId,
    purposes: f.purposes.map((p) => asRead<Purpose>(PURPOSE_COLUMNS, p)),
    controllerIds: [...f.controllerIds],
    dataSubjectIds: [...f.dataSubjectIds],
    dataCategoryIds: [...f.dataCategoryIds],
    securityMeasureIds: [...f.securityMeasureIds],
    recipientIds: [...f.recipientIds],
    transfers: children.transfers.map((t) => asRead<Transfer>(TRANSFER_COLUMNS, t)),
    retention: children.retention.map((r) => asRead<RetentionRule>(RETENTION_COLUMNS, r)),
  });
}

export function createActivity(ctx: CoreContext, f: ActivityFields): Activity {
  return createActivities(ctx, [f], () => '')[0]!;
}

/**
 * New activities in one transaction, each with its list line and history entry: what an import and
 * the benchmark's generator write (createActivity is a list of one). The references of all of them
 * are looked up at once and checked before anything is written, so one bad activity refuses the lot
 * and changes nothing; `prefix` puts the activity's place before the path of each issue. Each table
 * gets its rows for the lot in a few statements, and one savepoint holds them all: SQLite copies
 * the pages a statement or savepoint touches into an undo journal, and the activities of a batch
 * touch the same pages (the term index above all), which one statement each copied again.
 */
export function createActivities(
  ctx: CoreContext,
  list: readonly ActivityFields[],
  prefix: (index: number) => string,
): Activity[] {
  if (list.length === 0) return [];
  return writeTransaction(ctx, () => {
    const { sqlite } = ctx.register;
    const refs = lookUpReferences(ctx, list);
    list.forEach((f, i) => checkReferences(refs, f, prefix(i)));
    // The list_counts trigger gives any statement inserting an activity an undo journal: one per
    // activity cost some tenth of creating them.
    const mains = list.map((f) => ({ ...mainRow(f), ...newStamp(ctx) }));
    insertRows(sqlite, activities, mains, mains.length);
    const activityRefs = new Map(
      statement(sqlite, 'SELECT id, ref FROM activities WHERE id IN (SELECT value FROM json_each(?))', 'raw').all(
        JSON.stringify(mains.map((m) => m.id)),
      ) as [string, number][],
    );
    const parts = list.map((f, i) =>
      partsOf(ctx, { id: mains[i]!.id, ref: activityRefs.get(mains[i]!.id)! }, f, refs, null),
    );
    const created = list.map((f, i) => activityRecord(mains[i]!, f, parts[i]!));
    // The history's texts are worked out first and packed on another thread while the parts and
    // lines are written; their entries are appended after.
    const history = prepareChanges(
      ctx,
      created.map((a) => ({ entity: 'activity', entityId: a.id, action: 'create', before: null, after: a })),
    );
    insertParts(ctx, parts, Number.MAX_SAFE_INTEGER);
    refreshActivityLines(
      sqlite,
      created.map((a) => a.id),
    );
    writeChanges(ctx, history);
    return created;
  });
}

export function updateActivity(
  ctx: CoreContext,
  input: { id: string; version: number; fields: ActivityFields },
): Activity {
  return writeTransaction(ctx, () => {
    const current = getActivity(ctx, input.id);
    assertVersion('activity', current, input.version);
    const refs = lookUpReferences(ctx, [input.fields]);
    checkReferences(refs, input.fields, 'fields.');
    const main = { ...mainRow(input.fields), ...nextStamp(ctx, current) };
    ctx.register.db.update(activities).set(main).where(eq(activities.id, input.id)).run();
    const ref = statement(ctx.register.sqlite, 'SELECT ref FROM activities WHERE id = ?', 'pluck').get(
      input.id,
    ) as number;
    const children = writeParts(ctx, { id: input.id, ref }, input.fields, refs, current);
    refreshActivityLine(ctx.register.sqlite, input.id);
    const updated = activityRecord(main, input.fields, children);
    recordChange(ctx, 'activity', input.id, 'update', current, updated);
    return updated;
  });
}

export function deleteActivity(ctx: CoreContext, input: { id: string; version: number }): { id: string } {
  return writeTransaction(ctx, () => {
    const current = getActivity(ctx, input.id);
    assertVersion('activity', current, input.version);
    unlinkActivityCookies(ctx, input.id);
    ctx.register.db.delete(activities).where(eq(activities.id, input.id)).run();
    recordChange(ctx, 'activity', input.id, 'delete', current, null);
    return { id: input.id };
  });
}

export function listActivities(ctx: CoreContext, lang: Language): ActivitySummary[] {
  return summaries(ctx, lang);
}

/** The activities the table's search and filters would show (one definition: core/api/search.ts). */
export function searchActivities(ctx: CoreContext, filter: ActivityFilter & { lang: Language }): ActivitySummary[] {
  return filterActivities(summaries(ctx, filter.lang), filter);
}

/** The editable fields of an activity, as updateActivity takes them: for callers changing a few. */
export function fieldsOf(a: Activity): ActivityFields {
  const {
    id: _id,
    version: _v,
    createdAt: _ca,
    createdBy: _cb,
    updatedAt: _ua,
    updatedBy: _ub,
    transfers: t,
    retention: r,
    legalBases: _lb,
    ...rest
  } = a;
  return {
    ...rest,
    transfers: t.map(withoutStamp) as TransferInput[],
    retention: r.map(withoutStamp) as RetentionInput[],
  };
}

function childLists<T extends { activityId: string; position: number }>(
  rows: T[],
): Map<string, Omit<T, 'activityId' | 'position'>[]> {
  const map = new Map<string, Omit<T, 'activityId' | 'position'>[]>();
  for (const r of rows) {
    const list = map.get(r.activityId);
    if (list) list.push(strip(r));
    else map.set(r.activityId, [strip(r)]);
  }
  return map;
}

/**
 * Every activity, each as getActivity gives it, read in a few passes over whole tables rather than
 * six queries per activity: what the replay check compares with the history (the replay property
 * test holds the two readers to the same shape).
 */
export function listAllActivities(ctx: CoreContext): Activity[] {
  const { db } = ctx.register;
  const kinds = new Map(
    db
      .select({ id: terms.id, kind: terms.kind })
      .from(terms)
      .all()
      .map((t) => [t.id, t.kind]),
  );
  const {
    termIds: termLinks,
    recipientIds: recipientLinks,
    controllerIds: controllerLinks,
  } = allLinkedIds(ctx.register.sqlite);
  const transferRows = childLists(
    db.select().from(transfers).orderBy(asc(transfers.activityId), asc(transfers.position)).all(),
  );
  const retentionRows = childLists(
    db.select().from(retentionRules).orderBy(asc(retentionRules.activityId), asc(retentionRules.position)).all(),
  );
  const purposeRows = childLists(
    db.select().from(purposes).orderBy(asc(purposes.activityId), asc(purposes.position)).all(),
  );
  return db
    .select(recordColumns(activities))
    .from(activities)
    .orderBy(asc(activities.id))
    .all()
    .map((row) => {
      const linked = termLinks.get(row.id) ?? [];
      const idsOf = (kind: TermKind) => linked.filter((id) => kinds.get(id) === kind);
      return {
        ...row,
        purposes: (purposeRows.get(row.id) ?? []) as Purpose[],
        art9Conditions: row.art9Conditions as Activity['art9Conditions'],
        legalBases: row.legalBases as Activity['legalBases'],
        audiences: row.audiences as Activity['audiences'],
        translations: row.translations as Activity['translations'],
        controllerIds: controllerLinks.get(row.id) ?? [],
        dataSubjectIds: idsOf('data_subject'),
        dataCategoryIds: idsOf('data_category'),
        securityMeasureIds: idsOf('security_measure'),
        recipientIds: recipientLinks.get(row.id) ?? [],
        transfers: (transferRows.get(row.id) ?? []) as Transfer[],
        retention: (retentionRows.get(row.id) ?? []) as RetentionRule[],
      };
    });
}
