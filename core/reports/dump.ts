// The full-fidelity JSON export: every row of every table, ids and stamps included, so an import
// re-creates the very same register. Its canonical form is also what the report fingerprint hashes.
import { createHash } from 'node:crypto';
import {
  activities,
  activityControllers,
  activityRecipients,
  activityTerms,
  cookies,
  history,
  organisations,
  purposes,
  recipients,
  registerMeta,
  retentionRules,
  terms,
  transfers,
} from '../../db/schema';
import { decodeChanges } from '../../db/history-chain';
import type { CoreContext } from '../context';
import { LINKS, readLinkRows, type LinkRow } from '../activity-links';
import { readRows } from './rows';

export const DUMP_FORMAT = 'ropa-register';
export const DUMP_FORMAT_VERSION = 1;

/** The tables a dump holds, in an order where every row's references come before it. */
export const DUMP_TABLES = {
  meta: registerMeta,
  organisations,
  terms,
  recipients,
  activities,
  purposes,
  activityTerms,
  activityRecipients,
  activityControllers,
  transfers,
  retentionRules,
  cookies,
  history,
} as const;
export type DumpTable = keyof typeof DUMP_TABLES;

/**
 * The tables whose rows name other rows by `ref` (db/schema.ts `linkable`): an export holds them by
 * ids, the way every other row names another, so it does not depend on one file's numbering.
 */
export const DUMP_LINKS = { activityTerms: LINKS.terms, activityRecipients: LINKS.recipients } as const;
type LinkTable = keyof typeof DUMP_LINKS;

/** Whether an export's table is one of DUMP_LINKS, written by ids rather than row by row. */
export const isDumpLink = (key: DumpTable): key is LinkTable => key in DUMP_LINKS;

/** A table's rows as an export holds them: records without `ref`, links by ids. */
type Rows<K extends DumpTable> = K extends LinkTable
  ? LinkRow<(typeof DUMP_LINKS)[K]['key']>[]
  : Omit<(typeof DUMP_TABLES)[K]['$inferSelect'], 'ref'>[];

export type RegisterDump = {
  format: typeof DUMP_FORMAT;
  formatVersion: typeof DUMP_FORMAT_VERSION;
  schemaVersion: number;
} & { [K in DumpTable]: Rows<K> };

/** Rows in a stable order, so the same register always gives the same bytes. */
export function dumpRegister(ctx: CoreContext): RegisterDump {
  const byActivity = 'ORDER BY activity_id, position';
  return {
    format: DUMP_FORMAT,
    formatVersion: DUMP_FORMAT_VERSION,
    schemaVersion: ctx.register.schemaVersion,
    meta: readRows(ctx, registerMeta, 'ORDER BY key'),
    organisations: readRows(ctx, organisations, 'ORDER BY id'),
    terms: readRows(ctx, terms, 'ORDER BY id'),
    recipients: readRows(ctx, recipients, 'ORDER BY id'),
    activities: readRows(ctx, activities, 'ORDER BY id'),
    purposes: readRows(ctx, purposes, byActivity),
    activityTerms: readLinkRows(ctx.register.sqlite, DUMP_LINKS.activityTerms),
    activityRecipients: readLinkRows(ctx.register.sqlite, DUMP_LINKS.activityRecipients),
    activityControllers: readRows(ctx, activityControllers, byActivity),
    transfers: readRows(ctx, transfers, byActivity),
    retentionRules: readRows(ctx, retentionRules, byActivity),
    cookies: readRows(ctx, cookies, 'ORDER BY id'),
    // The changes as text, however the file stores them (db/history-chain.ts `encodeChanges`).
    history: readRows(ctx, history, 'ORDER BY seq').map((h) => ({ ...h, changes: decodeChanges(h.changes) })),
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
