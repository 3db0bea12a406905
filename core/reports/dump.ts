// The full-fidelity JSON export: every row of every table, ids and stamps included, so an import
// re-creates the very same register. Its canonical form is also what the report fingerprint hashes.
import { createHash } from 'node:crypto';
import { asc } from 'drizzle-orm';
import {
  activities,
  activityControllers,
  activityRecipients,
  activityTerms,
  history,
  organisations,
  recipients,
  registerMeta,
  retentionRules,
  terms,
  transfers,
} from '../../db/schema';
import type { CoreContext } from '../context';

export const DUMP_FORMAT = 'ropa-register';
export const DUMP_FORMAT_VERSION = 1;

/** The tables a dump holds, in an order where every row's references come before it. */
export const DUMP_TABLES = {
  meta: registerMeta,
  organisations,
  terms,
  recipients,
  activities,
  activityTerms,
  activityRecipients,
  activityControllers,
  transfers,
  retentionRules,
  history,
} as const;
export type DumpTable = keyof typeof DUMP_TABLES;
type Rows<K extends DumpTable> = (typeof DUMP_TABLES)[K]['$inferSelect'][];

export type RegisterDump = {
  format: typeof DUMP_FORMAT;
  formatVersion: typeof DUMP_FORMAT_VERSION;
  schemaVersion: number;
} & { [K in DumpTable]: Rows<K> };

/**
 * Link rows are the bulk of a register (one per term an activity uses); they hold only ids and a
 * position, so they are read with plain SQL instead of drizzle's per-row mapping.
 */
function linkRows<T>(ctx: CoreContext, table: string, column: string, as: string): T[] {
  return ctx.register.sqlite.prepare(`SELECT activity_id AS activityId, ${column} AS ${as}, position FROM ${table} ORDER BY activity_id, position`).all() as T[];
}

/** Rows in a stable order, so the same register always gives the same bytes. */
export function dumpRegister(ctx: CoreContext): RegisterDump {
  const { db } = ctx.register;
  return {
    format: DUMP_FORMAT,
    formatVersion: DUMP_FORMAT_VERSION,
    schemaVersion: ctx.register.schemaVersion,
    meta: db.select().from(registerMeta).orderBy(asc(registerMeta.key)).all(),
    organisations: db.select().from(organisations).orderBy(asc(organisations.id)).all(),
    terms: db.select().from(terms).orderBy(asc(terms.id)).all(),
    recipients: db.select().from(recipients).orderBy(asc(recipients.id)).all(),
    activities: db.select().from(activities).orderBy(asc(activities.id)).all(),
    activityTerms: linkRows(ctx, 'activity_terms', 'term_id', 'termId'),
    activityRecipients: linkRows(ctx, 'activity_recipients', 'recipient_id', 'recipientId'),
    activityControllers: linkRows(ctx, 'activity_controllers', 'organisation_id', 'organisationId'),
    transfers: db.select().from(transfers).orderBy(asc(transfers.activityId), asc(transfers.position)).all(),
    retentionRules: db.select().from(retentionRules).orderBy(asc(retentionRules.activityId), asc(retentionRules.position)).all(),
    history: db.select().from(history).orderBy(asc(history.seq)).all(),
  };
}

/** Object keys sorted at every level: the same data always serialises to the same text. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

export function canonicalJson(value: unknown, indent?: number): string {
  return JSON.stringify(sortKeys(value), null, indent);
}

/** SHA-256 of the dump's compact canonical JSON: printed on the PDF cover so a copy can be matched to its register. */
export function registerFingerprint(dump: RegisterDump): string {
  return createHash('sha256').update(canonicalJson(dump)).digest('hex');
}

/** The text of a JSON export file. */
export function dumpText(dump: RegisterDump): string {
  return `${canonicalJson(dump, 2)}\n`;
}
