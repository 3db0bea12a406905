// Checking that a register can be trusted: SQLite's own integrity_check, then the history's hash
// chain and its recorded head. The chain catches edits by anyone who does not know the algorithm;
// someone who does can recompute every hash and the head, which is why exports quote the head hash.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { APPLICATION_ID, RegisterFileError } from '../db/open';
import type { HistoryBreak, HistoryVerification } from './api/contract';
import { entryHash, GENESIS_HASH, readHead, type ChainHead } from './history';

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

/** Why `row` does not follow `prev` (null: it is the first entry). */
function linkBreak(prev: HistoryRow | null, row: HistoryRow): HistoryBreak | null {
  const expected = prev?.hash ?? GENESIS_HASH;
  if (row.prev_hash === expected) return null;
  if (!prev)
    return named(
      row,
      row.seq === 1
        ? 'its link to the start of the history was changed'
        : `the entries before it (from seq 1) were deleted`,
    );
  // Sequence numbers are never reused, so a gap means deleted entries; no gap means the entry
  // before was rewritten with a recomputed hash.
  if (row.seq !== prev.seq + 1)
    return named(row, `the entries between seq ${prev.seq} and seq ${row.seq} were deleted`);
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
): Pick<HistoryVerification, 'entries' | 'headHash' | 'firstBreak'> {
  let prev: HistoryRow | null = null;
  let entries = 0;
  const rows = sqlite
    .prepare('SELECT seq, at, author, entity, entity_id, action, changes, prev_hash, hash FROM history ORDER BY seq')
    .iterate() as IterableIterator<HistoryRow>;
  for (const row of rows) {
    entries++;
    const broken =
      linkBreak(prev, row) ??
      (recomputed(row) === row.hash ? null : named(row, 'its content was changed after it was written'));
    if (broken) {
      rows.return?.();
      return { entries: countRows(sqlite), headHash: null, firstBreak: broken };
    }
    prev = row;
  }
  return { entries, headHash: prev?.hash ?? null, firstBreak: headBreak(prev, readHead(sqlite)) };
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

/** integrity_check plus the chain, on an open connection (the app's own, for verifyHistory). */
export function verifyRegister(sqlite: Database.Database): HistoryVerification {
  const integrity = integrityOf(sqlite);
  let chain: Pick<HistoryVerification, 'entries' | 'headHash' | 'firstBreak'>;
  try {
    chain = verifyChain(sqlite);
  } catch (err) {
    // A damaged file may not even let us read the history; integrity_check already says why.
    chain = {
      entries: 0,
      headHash: null,
      firstBreak: {
        seq: 0,
        at: null,
        author: null,
        reason: `the history could not be read (${(err as Error).message})`,
      },
    };
  }
  const sound = integrity.length === 1 && integrity[0] === 'ok';
  return { ok: sound && chain.firstBreak === null, integrity, ...chain };
}

/**
 * Verifies a register file without the app's open checks, which would refuse a damaged file
 * before we could say what is wrong with it. Never writes to the file.
 */
export function verifyFile(file: string): HistoryVerification {
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
    return verifyRegister(sqlite);
  } finally {
    sqlite.close();
  }
}
