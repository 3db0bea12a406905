// The register as it stood at a moment in the past, rebuilt from the history alone and laid out as a
// JSON export (RegisterDump): the JSON export "as of" is this dump itself, every other format builds
// its report model from it, and its fingerprint and head are that state's own. The replay is generic;
// this file knows how an activity record spreads over its tables (the inverse of getActivity).
import { purposesOf } from '../schema5-step';
import { history, registerMeta } from '../../db/schema';
import { RopaFailure } from '../api/errors';
import type { CoreContext } from '../context';
import { HEAD_KEY, readHead, type ChainHead } from '../history';
import { pointInTime, recordsOf, replayHistory, type ReplayedRecord } from '../replay';
import { DUMP_FORMAT, DUMP_FORMAT_VERSION, type RegisterDump } from './dump';
import { readRows } from './rows';

type Row = Record<string, unknown>;

/** The record as its table row: the replayed fields with stamps worked out from its entries. */
function rowOf(r: ReplayedRecord): Row {
  return {
    ...r.fields,
    id: r.id,
    createdAt: r.createdAt,
    createdBy: r.createdBy,
    updatedAt: r.updatedAt,
    updatedBy: r.updatedBy,
    version: 1 + r.updates,
  };
}

const byId = (a: Row, b: Row) => ((a.id as string) < (b.id as string) ? -1 : 1);
const byActivity = (a: Row, b: Row) =>
  (a.activityId as string) < (b.activityId as string)
    ? -1
    : a.activityId === b.activityId
      ? (a.position as number) - (b.position as number)
      : 1;

type LinkKey = 'dataSubjectIds' | 'dataCategoryIds' | 'securityMeasureIds';

function spreadActivities(records: ReplayedRecord[]) {
  const activities: Row[] = [];
  const activityTerms: Row[] = [];
  const activityRecipients: Row[] = [];
  const activityControllers: Row[] = [];
  const transfers: Row[] = [];
  const retentionRules: Row[] = [];
  const purposes: Row[] = [];
  for (const r of records) {
    const {
      controllerIds,
      recipientIds,
      dataSubjectIds,
      dataCategoryIds,
      securityMeasureIds,
      transfers: ts,
      retention,
      purposes: ps,
      ...main
    } = rowOf(r) as Row &
      Partial<Record<'controllerIds' | 'recipientIds' | LinkKey, string[]>> & {
        transfers?: Row[];
        retention?: Row[];
        purposes?: (Row | string)[];
      };
    // Before schema 5 the history held purposes as texts and the bases on the activity: as the upgrade reads them.
    const legacy = (ps ?? []).some((p) => typeof p === 'string');
    const rows: Row[] = legacy
      ? purposesOf({
          name: String(main.name ?? ''),
          purposes: (ps ?? []).map(String),
          legalBases: (main.legalBases as string[] | undefined) ?? [],
          legitimateInterest: String(main.legitimateInterest ?? ''),
        })
      : ((ps ?? []) as Row[]);
    if (main.art9Conditions === undefined) main.art9Conditions = main.art9Condition ? [main.art9Condition] : [];
    if (main.translations === undefined) main.translations = {};
    // Terms are stored in one link table, in this order (as updateActivity writes them).
    const termIds = [...(dataSubjectIds ?? []), ...(dataCategoryIds ?? []), ...(securityMeasureIds ?? [])];
    activities.push(main);
    termIds.forEach((termId, position) => activityTerms.push({ activityId: r.id, termId, position }));
    (recipientIds ?? []).forEach((recipientId, position) =>
      activityRecipients.push({ activityId: r.id, recipientId, position }),
    );
    (controllerIds ?? []).forEach((organisationId, position) =>
      activityControllers.push({ activityId: r.id, organisationId, position }),
    );
    (ts ?? []).forEach((t, position) => transfers.push({ ...t, activityId: r.id, position }));
    (retention ?? []).forEach((x, position) => retentionRules.push({ ...x, activityId: r.id, position }));
    rows.forEach((x, position) => purposes.push({ ...x, activityId: r.id, position }));
  }
  return {
    activities: activities.sort(byId),
    activityTerms: activityTerms.sort(byActivity),
    activityRecipients: activityRecipients.sort(byActivity),
    activityControllers: activityControllers.sort(byActivity),
    transfers: transfers.sort(byActivity),
    retentionRules: retentionRules.sort(byActivity),
    purposes: purposes.sort(byActivity),
  };
}

export interface PastRegister {
  /** The moment asked for, as an ISO time. */
  at: string;
  dump: RegisterDump;
  head: ChainHead;
}

/** The time a report "as of" names: a date is the end of that day (UTC). Refuses anything else in one line. */
export function asOfTime(when: string): string {
  const at = pointInTime(when);
  if (at === null)
    throw new RopaFailure({
      kind: 'validation',
      issues: [{ path: 'asOf', message: 'not a date or time' }],
      message: `"${when}" is not a date (YYYY-MM-DD) or an ISO 8601 time (2026-03-01T14:00:00Z).`,
    });
  return at;
}

/**
 * The register at `when`, or null when nothing changed after it (the current register is that
 * state). Refuses a moment before the history's first entry.
 */
export function registerAsOf(ctx: CoreContext, when: string): PastRegister | null {
  const at = asOfTime(when);
  const { sqlite } = ctx.register;
  const later = sqlite.prepare('SELECT count(*) FROM history WHERE at > ?').pluck().get(at) as number;
  if (later === 0) return null;
  const replay = replayHistory(sqlite, { at });
  if (!replay.head) {
    const first = sqlite.prepare('SELECT min(at) FROM history').pluck().get() as string;
    throw new RopaFailure({
      kind: 'validation',
      issues: [{ path: 'asOf', message: 'before the history starts' }],
      message: `The register's history starts at ${first}; there is no register to show as of ${at}.`,
    });
  }
  const head: ChainHead = { seq: replay.head.seq, hash: replay.head.hash };
  const rows = (entity: string) => recordsOf(replay.state, entity).map(rowOf).sort(byId);
  const meta = readRows(ctx, registerMeta, 'ORDER BY key').map((m) =>
    m.key === HEAD_KEY ? { key: HEAD_KEY, value: JSON.stringify(head) } : m,
  );
  const dump = {
    format: DUMP_FORMAT,
    formatVersion: DUMP_FORMAT_VERSION,
    schemaVersion: ctx.register.schemaVersion,
    meta,
    organisations: rows('organisation'),
    terms: rows('term'),
    recipients: rows('recipient'),
    cookies: rows('cookie'),
    ...spreadActivities(recordsOf(replay.state, 'activity')),
    history: readRows(ctx, history, `WHERE seq <= ${head.seq} ORDER BY seq`),
  } as unknown as RegisterDump;
  return { at, dump, head };
}

/** The head a report states: the past register's, else the file's own. */
export function headOf(ctx: CoreContext, past: PastRegister | null): ChainHead | null {
  return past ? past.head : readHead(ctx.register.sqlite);
}
