// Processing activities: the register's heart. An activity is saved as one aggregate (its links to
// terms, recipients and controllers, its transfers and retention rules) under one version number.
import { asc, eq, inArray } from 'drizzle-orm';
import {
  activities,
  activityControllers,
  activityRecipients,
  activityTerms,
  organisations,
  purposes,
  recipients,
  retentionRules,
  terms,
  transfers,
} from '../db/schema';
import type { Activity, ActivitySummary, Purpose, RetentionRule, Stamp, Transfer } from './api/contract';
import { writeTransaction, type CoreContext } from './context';
import { invalid, notFound, type FieldIssue } from './api/errors';
import { recordChange } from './history';
import {
  basesOf,
  type ActivityFields,
  type Language,
  type RetentionInput,
  type TermKind,
  type TransferInput,
} from './api/schemas';
import { assertVersion, newStamp, nextStamp, stampOf, withoutStamp } from './stamps';
import { refreshActivityLine } from './activity-list';
import { unlinkActivityCookies } from './cookies';
import { summaries } from './activity-summaries';
import { filterActivities, type ActivityFilter } from './api/search';

const TERM_LISTS = {
  dataSubjectIds: 'data_subject',
  dataCategoryIds: 'data_category',
  securityMeasureIds: 'security_measure',
} as const satisfies Record<string, TermKind>;
type TermListKey = keyof typeof TERM_LISTS;

type ActivityRow = typeof activities.$inferSelect;

function strip<T extends { activityId: string; position: number }>(row: T): Omit<T, 'activityId' | 'position'> {
  const { activityId: _a, position: _p, ...rest } = row;
  return rest;
}

export function findActivity(ctx: CoreContext, id: string): Activity | null {
  const { db } = ctx.register;
  const row = db.select().from(activities).where(eq(activities.id, id)).get();
  if (!row) return null;
  const linked = db
    .select({ termId: activityTerms.termId, kind: terms.kind })
    .from(activityTerms)
    .innerJoin(terms, eq(terms.id, activityTerms.termId))
    .where(eq(activityTerms.activityId, id))
    .orderBy(asc(activityTerms.position))
    .all();
  const idsOf = (kind: TermKind) => linked.filter((l) => l.kind === kind).map((l) => l.termId);
  const { organisationId, ...rest } = row;
  return {
    ...rest,
    organisationId,
    purposes: db
      .select()
      .from(purposes)
      .where(eq(purposes.activityId, id))
      .orderBy(asc(purposes.position))
      .all()
      .map((p) => strip(p) as Purpose),
    art9Conditions: row.art9Conditions as Activity['art9Conditions'],
    legalBases: row.legalBases as Activity['legalBases'],
    audiences: row.audiences as Activity['audiences'],
    translations: row.translations as Activity['translations'],
    controllerIds: db
      .select({ id: activityControllers.organisationId })
      .from(activityControllers)
      .where(eq(activityControllers.activityId, id))
      .orderBy(asc(activityControllers.position))
      .all()
      .map((r) => r.id),
    dataSubjectIds: idsOf('data_subject'),
    dataCategoryIds: idsOf('data_category'),
    securityMeasureIds: idsOf('security_measure'),
    recipientIds: db
      .select({ id: activityRecipients.recipientId })
      .from(activityRecipients)
      .where(eq(activityRecipients.activityId, id))
      .orderBy(asc(activityRecipients.position))
      .all()
      .map((r) => r.id),
    transfers: db
      .select()
      .from(transfers)
      .where(eq(transfers.activityId, id))
      .orderBy(asc(transfers.position))
      .all()
      .map((t) => strip(t) as Transfer),
    retention: db
      .select()
      .from(retentionRules)
      .where(eq(retentionRules.activityId, id))
      .orderBy(asc(retentionRules.position))
      .all()
      .map((r) => strip(r) as RetentionRule),
  };
}

export function getActivity(ctx: CoreContext, id: string): Activity {
  const found = findActivity(ctx, id);
  if (!found) throw notFound('activity', id);
  return found;
}

/** References the schema cannot check: that every id names an existing row of the right kind. */
function checkReferences(ctx: CoreContext, f: ActivityFields, prefix: string): void {
  const { db } = ctx.register;
  const issues: FieldIssue[] = [];
  const orgIds = new Set(
    db
      .select({ id: organisations.id })
      .from(organisations)
      .all()
      .map((r) => r.id),
  );
  if (!orgIds.has(f.organisationId)) issues.push({ path: `${prefix}organisationId`, message: 'no such organisation' });
  f.controllerIds.forEach((id, i) => {
    if (!orgIds.has(id)) issues.push({ path: `${prefix}controllerIds.${i}`, message: 'no such organisation' });
  });

  const termIds = [
    ...f.dataSubjectIds,
    ...f.dataCategoryIds,
    ...f.securityMeasureIds,
    ...f.retention.flatMap((r) => [r.dataCategoryId, r.dataSubjectId]),
  ].filter((x): x is string => x !== null);
  const kinds = new Map(
    termIds.length === 0
      ? []
      : db
          .select({ id: terms.id, kind: terms.kind })
          .from(terms)
          .where(inArray(terms.id, termIds))
          .all()
          .map((t) => [t.id, t.kind]),
  );
  const expectKind = (id: string | null, kind: TermKind, path: string) => {
    if (id === null) return;
    const actual = kinds.get(id);
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

  const recipientRefs = [...f.recipientIds, ...f.transfers.map((t) => t.recipientId)].filter(
    (x): x is string => x !== null,
  );
  const recipientIds = new Set(
    recipientRefs.length === 0
      ? []
      : db
          .select({ id: recipients.id })
          .from(recipients)
          .where(inArray(recipients.id, recipientRefs))
          .all()
          .map((r) => r.id),
  );
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

function writeLinks(ctx: CoreContext, activityId: string, f: ActivityFields): void {
  const { db } = ctx.register;
  db.delete(activityTerms).where(eq(activityTerms.activityId, activityId)).run();
  db.delete(activityRecipients).where(eq(activityRecipients.activityId, activityId)).run();
  db.delete(activityControllers).where(eq(activityControllers.activityId, activityId)).run();
  db.delete(purposes).where(eq(purposes.activityId, activityId)).run();
  if (f.purposes.length)
    db.insert(purposes)
      .values(f.purposes.map((p, position) => ({ ...p, activityId, position })))
      .run();
  const termIds = [...f.dataSubjectIds, ...f.dataCategoryIds, ...f.securityMeasureIds];
  if (termIds.length)
    db.insert(activityTerms)
      .values(termIds.map((termId, position) => ({ activityId, termId, position })))
      .run();
  if (f.recipientIds.length)
    db.insert(activityRecipients)
      .values(f.recipientIds.map((recipientId, position) => ({ activityId, recipientId, position })))
      .run();
  if (f.controllerIds.length)
    db.insert(activityControllers)
      .values(f.controllerIds.map((organisationId, position) => ({ activityId, organisationId, position })))
      .run();
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

function writeChildren(ctx: CoreContext, activityId: string, f: ActivityFields, before: Activity | null): void {
  const { db } = ctx.register;
  db.delete(transfers).where(eq(transfers.activityId, activityId)).run();
  db.delete(retentionRules).where(eq(retentionRules.activityId, activityId)).run();
  const tStamps = childStamps<TransferInput, Transfer>(ctx, f.transfers, before?.transfers ?? []);
  const rStamps = childStamps<RetentionInput, RetentionRule>(ctx, f.retention, before?.retention ?? []);
  if (f.transfers.length) {
    db.insert(transfers)
      .values(f.transfers.map((t, position) => ({ ...t, ...tStamps[position]!, activityId, position })))
      .run();
  }
  if (f.retention.length) {
    db.insert(retentionRules)
      .values(f.retention.map((r, position) => ({ ...r, ...rStamps[position]!, activityId, position })))
      .run();
  }
}

export function createActivity(ctx: CoreContext, f: ActivityFields): Activity {
  return writeTransaction(ctx, () => {
    checkReferences(ctx, f, '');
    const stamp = newStamp(ctx);
    ctx.register.db
      .insert(activities)
      .values({ ...mainRow(f), ...stamp })
      .run();
    writeLinks(ctx, stamp.id, f);
    writeChildren(ctx, stamp.id, f, null);
    refreshActivityLine(ctx.register.sqlite, stamp.id);
    const created = getActivity(ctx, stamp.id);
    recordChange(ctx, 'activity', stamp.id, 'create', null, created);
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
    checkReferences(ctx, input.fields, 'fields.');
    ctx.register.db
      .update(activities)
      .set({ ...mainRow(input.fields), ...nextStamp(ctx, current) })
      .where(eq(activities.id, input.id))
      .run();
    writeLinks(ctx, input.id, input.fields);
    writeChildren(ctx, input.id, input.fields, current);
    refreshActivityLine(ctx.register.sqlite, input.id);
    const updated = getActivity(ctx, input.id);
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

/** Ids per activity in position order, from one pass over a link table. */
function linkLists(ctx: CoreContext, table: string, column: string): Map<string, string[]> {
  // One JSON list per activity, built by SQLite: a third of the time of one row per link (10,000
  // activities have some 200,000 links), and far less for the garbage collector.
  const rows = ctx.register.sqlite
    .prepare(`SELECT activity_id, json_group_array(${column} ORDER BY position) FROM ${table} GROUP BY activity_id`)
    .raw()
    .all() as [string, string][];
  return new Map(rows.map(([activityId, ids]) => [activityId, JSON.parse(ids) as string[]]));
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
  const termLinks = linkLists(ctx, 'activity_terms', 'term_id');
  const recipientLinks = linkLists(ctx, 'activity_recipients', 'recipient_id');
  const controllerLinks = linkLists(ctx, 'activity_controllers', 'organisation_id');
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
    .select()
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
