// Checking that a register can be trusted: SQLite's own integrity_check, then the history's hash
// chain and its recorded head. The chain catches edits by anyone who does not know the algorithm;
// someone who does can recompute every hash and the head, which is why exports quote the head hash.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { APPLICATION_ID, currentSchemaVersion, RegisterFileError, type Register } from '../db/open';
import * as schema from '../db/schema';
import type { AnchorCheck, HistoryBreak, HistoryVerification } from './api/contract';
import { createContext, type CoreContext } from './context';
import { checkListLines, checkSequence, compareWithStored } from './data-check';
import { entryHash, GENESIS_HASH, readHead, type ChainHead } from './history';
import { replayHistory } from './replay';

interface HistoryRow {
  seq: number;
  at: string;
  author: string;
  entity: string;
  entity_id: string;
  action: 'create' | 'update' | 'delete';
  changes: string;
  prev_hash: string;
  hash: string;
}

const named = (row: HistoryRow, reason: string): HistoryBreak => ({
  seq: row.seq,
  at: row.at,
  author: row.author,
  reason,
});

const recomputed = (row: HistoryRow): string =>
  entryHash(row.prev_hash, {
    at: row.at,
    author: row.author,
    entity: row.entity,
    entityId: row.entity_id,
    action: row.action,
    changes: row.changes,
  });

/**
 * Why `row` does not follow `prev` (null: it is the first entry). `nextPrevHash` is what the entry
 * after `row` says row's hash is (the head's hash for the newest entry): it tells an entry whose own
 * link was rewritten (its hash recomputed) from an entry before it that was rewritten.
 */
function linkBreak(prev: HistoryRow | null, row: HistoryRow, nextPrevHash: () => string | null): HistoryBreak | null {
  const expected = prev?.hash ?? GENESIS_HASH;
  if (row.prev_hash === expected) return null;
  if (!prev)
    return named(
      row,
      row.seq === 1
        ? 'its link to the start of the history was changed'
        : `the entries before it (from seq 1) were deleted`,
    );
  // Sequence numbers are never reused, so a gap means deleted entries.
  if (row.seq !== prev.seq + 1)
    return named(row, `the entries between seq ${prev.seq} and seq ${row.seq} were deleted`);
  const next = nextPrevHash();
  if (next !== null && next !== row.hash)
    return named(row, 'its link to the entry before it was rewritten (its hash no longer matches the next entry)');
  return named(prev, 'it was rewritten after it was written (its hash no longer matches the next entry)');
}

function headBreak(last: HistoryRow | null, head: ChainHead | null): HistoryBreak | null {
  if (!last) return head ? { seq: head.seq, at: null, author: null, reason: 'all history entries were deleted' } : null;
  if (!head) return named(last, 'the record of the newest entry (the chain head) is missing');
  if (head.seq > last.seq)
    return {
      seq: last.seq + 1,
      at: null,
      author: null,
      reason: `the newest entries (seq ${last.seq + 1} to ${head.seq}) were deleted`,
    };
  if (head.seq < last.seq)
    return {
      seq: head.seq + 1,
      at: null,
      author: null,
      reason: `the entries after seq ${head.seq} were not written by RoPA Registry`,
    };
  return head.hash === last.hash
    ? null
    : named(last, 'it was rewritten after it was written (it no longer matches the chain head)');
}

/** Walks the chain oldest first and stops at the first break. */
export function verifyChain(
  sqlite: Database.Database,
): Pick<HistoryVerification, 'entries' | 'headHash' | 'headSeq' | 'firstBreak'> {
  let prev: HistoryRow | null = null;
  let entries = 0;
  const rows = sqlite
    .prepare('SELECT seq, at, author, entity, entity_id, action, changes, prev_hash, hash FROM history ORDER BY seq')
    .iterate() as IterableIterator<HistoryRow>;
  const stop = (broken: HistoryBreak) => ({
    entries: countRows(sqlite),
    headHash: null,
    headSeq: null,
    firstBreak: broken,
  });
  for (const row of rows) {
    entries++;
    if (recomputed(row) !== row.hash) {
      rows.return?.();
      // An entry whose own hash no longer covers it is the one that was changed, its link included.
      const linkOnly =
        row.prev_hash !== (prev?.hash ?? GENESIS_HASH) &&
        recomputed({ ...row, prev_hash: prev?.hash ?? GENESIS_HASH }) === row.hash;
      return stop(
        named(
          row,
          linkOnly
            ? 'its link to the entry before it (prev_hash) was changed after it was written'
            : 'its content was changed after it was written',
        ),
      );
    }
    if (prev === null || row.prev_hash !== prev.hash) {
      const current = row;
      let nextHash: string | null | undefined;
      const broken = linkBreak(prev, row, () => {
        if (nextHash === undefined) {
          rows.return?.();
          nextHash =
            (sqlite
              .prepare('SELECT prev_hash FROM history WHERE seq > ? ORDER BY seq LIMIT 1')
              .pluck()
              .get(current.seq) as string | undefined) ??
            readHead(sqlite)?.hash ??
            null;
        }
        return nextHash;
      });
      if (broken) {
        rows.return?.();
        return stop(broken);
      }
    }
    prev = row;
  }
  return {
    entries,
    headHash: prev?.hash ?? null,
    headSeq: prev?.seq ?? null,
    firstBreak: headBreak(prev, readHead(sqlite)),
  };
}

const countRows = (sqlite: Database.Database): number =>
  sqlite.prepare('SELECT count(*) FROM history').pluck().get() as number;

function integrityOf(sqlite: Database.Database): string[] {
  try {
    return (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  } catch (err) {
    // Damage to the schema or a root page stops the check itself.
    return [`integrity_check could not run: ${(err as Error).message}`];
  }
}

const ANCHOR = /^(?:(\d+):)?([0-9a-f]{64})$/i;

/** Whether `anchor` parses as `HASH` or `SEQ:HASH`: the CLI and the contract refuse anything else. */
export const isAnchor = (anchor: string): boolean => ANCHOR.test(anchor.trim());

/**
 * A head quoted on a report stays trustworthy while that entry is still in the chain, unchanged
 * (same seq, same hash, its hash still covering its content), with every later entry chaining from it.
 */
export function checkAnchor(sqlite: Database.Database, anchor: string, firstBreak: HistoryBreak | null): AnchorCheck {
  const m = ANCHOR.exec(anchor.trim());
  if (!m) return { anchor, ok: false, reason: 'an anchor is HASH or SEQ:HASH (the 64 hex digits of a history head)' };
  const seq = m[1] === undefined ? null : Number(m[1]);
  const hash = m[2]!.toLowerCase();
  const found = sqlite.prepare('SELECT seq FROM history WHERE hash = ?').pluck().get(hash) as number | undefined;
  const fail = (reason: string): AnchorCheck => ({ anchor, ok: false, reason });
  if (found === undefined)
    return fail(
      seq === null
        ? 'no history entry has this hash any more: the history was rewritten or cut at or before it'
        : `history entry ${seq} no longer has this hash: the history was rewritten or cut at or before it`,
    );
  if (seq !== null && seq !== found) return fail(`the entry with this hash is now entry ${found}, not ${seq}`);
  if (firstBreak) return fail(`the history after entry ${found} is broken at entry ${firstBreak.seq}`);
  const later = sqlite.prepare('SELECT count(*) FROM history WHERE seq > ?').pluck().get(found) as number;
  return {
    anchor,
    ok: true,
    reason: `entry ${found} is in the chain unchanged, with ${later} later entries chaining from it`,
  };
}

/** A core context over a bare connection, so the entity modules' own getters read the stored rows. */
function contextOver(sqlite: Database.Database, file: string): CoreContext {
  const register: Register = {
    path: file,
    sqlite,
    db: drizzle(sqlite, { schema }),
    readOnly: true,
    schemaVersion: sqlite.pragma('user_version', { simple: true }) as number,
    backupPath: null,
    close: () => undefined,
  };
  return createContext(register, 'verify');
}

export interface VerifyOptions {
  /** A history head quoted on a report: `HASH` or `SEQ:HASH`. */
  anchor?: string | undefined;
  /** Where the register is, for messages; defaults to the connection's own file name. */
  file?: string;
  migrationsFolder?: string | undefined;
  /** The schema version the connection is known to have been opened (and upgraded) to. */
  currentSchema?: number | undefined;
}

type DataPart = Pick<
  HistoryVerification,
  'differences' | 'differenceCount' | 'dataNotChecked' | 'listLines' | 'listLineCount'
>;

function checkData(sqlite: Database.Database, file: string, options: VerifyOptions): DataPart {
  const none = (why: string): DataPart => ({
    differences: [],
    differenceCount: 0,
    dataNotChecked: why,
    listLines: [],
    listLineCount: 0,
  });
  const version = sqlite.pragma('user_version', { simple: true }) as number;
  const current = options.currentSchema ?? currentSchemaVersion(options.migrationsFolder);
  if (version !== current)
    return none(
      `the register uses schema ${version} and this app reads schema ${current}; ${version < current ? 'upgrade it (ropa upgrade) to compare its data with its history' : 'use a newer app'}`,
    );
  try {
    const replay = replayHistory(sqlite);
    const data = compareWithStored(contextOver(sqlite, file), replay);
    const lines = checkListLines(sqlite);
    return {
      differences: data.differences,
      differenceCount: data.count,
      dataNotChecked: null,
      listLines: lines.lines,
      listLineCount: lines.count,
    };
  } catch (err) {
    return none(`the data could not be read (${(err as Error).message})`);
  }
}

/**
 * integrity_check, the chain, the sequence, and the stored data against the replayed history, on an
 * open connection (the CLI's own, or the app's for verifyHistory).
 */
export function verifyRegister(sqlite: Database.Database, options: VerifyOptions = {}): HistoryVerification {
  const integrity = integrityOf(sqlite);
  const sound = integrity.length === 1 && integrity[0] === 'ok';
  let chain: Pick<HistoryVerification, 'entries' | 'headHash' | 'headSeq' | 'firstBreak'>;
  let sequence: string[] = [];
  try {
    chain = verifyChain(sqlite);
    sequence = checkSequence(sqlite);
  } catch (err) {
    // A damaged file may not even let us read the history; integrity_check already says why.
    chain = {
      entries: 0,
      headHash: null,
      headSeq: null,
      firstBreak: {
        seq: 0,
        at: null,
        author: null,
        reason: `the history could not be read (${(err as Error).message})`,
      },
    };
  }
  const file = options.file ?? sqlite.name;
  const data = sound
    ? checkData(sqlite, file, options)
    : {
        differences: [],
        differenceCount: 0,
        dataNotChecked: 'the file is damaged',
        listLines: [],
        listLineCount: 0,
      };
  let anchor: AnchorCheck | null = null;
  if (options.anchor !== undefined) {
    try {
      anchor = checkAnchor(sqlite, options.anchor, chain.firstBreak);
    } catch (err) {
      anchor = {
        anchor: options.anchor,
        ok: false,
        reason: `the history could not be read (${(err as Error).message})`,
      };
    }
  }
  const ok =
    sound &&
    chain.firstBreak === null &&
    sequence.length === 0 &&
    data.differenceCount === 0 &&
    data.listLineCount === 0 &&
    (anchor?.ok ?? true);
  return { ok, integrity, ...chain, sequence, ...data, anchor };
}

/**
 * Verifies a register file without the app's open checks, which would refuse a damaged file
 * before we could say what is wrong with it. Never writes to the file.
 */
export function verifyFile(file: string, options: Omit<VerifyOptions, 'file'> = {}): HistoryVerification {
  const name = path.basename(file);
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new RegisterFileError(`${name} cannot be opened: ${(err as Error).message}`);
  }
  try {
    let appId: number;
    try {
      appId = sqlite.pragma('application_id', { simple: true }) as number;
    } catch (err) {
      // A read-only connection cannot roll back a hot journal, and verify never writes.
      if (fs.existsSync(`${file}-journal`)) {
        throw new RegisterFileError(
          `${name} has an unfinished save (${name}-journal): open it in RoPA Registry once to roll that back, then verify again.`,
        );
      }
      throw new RegisterFileError(`${name} is not a RoPA register (${(err as Error).message}).`);
    }
    if (appId !== APPLICATION_ID) throw new RegisterFileError(`${name} is not a RoPA register.`);
    return verifyRegister(sqlite, { ...options, file });
  } finally {
    sqlite.close();
  }
}
