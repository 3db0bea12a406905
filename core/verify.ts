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
import { checkListLines, checkSequence, compareWithStored, inOneRead } from './data-check';
import { entryHash, GENESIS_HASH, readHead, type ChainHead } from './history';
import { decodedRows, ReplayBuilder, type Replay, type StoredRow } from './replay';

/** A history row as verify reads it, its changes as text. */
export interface HistoryRow {
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
 * Why `row` does not follow `prev` (null: it is the first entry), or 'next' when only the entry after
 * `row` can tell (see rewrittenLink).
 */
function linkBreak(prev: HistoryRow | null, row: HistoryRow): HistoryBreak | 'next' | null {
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
  return 'next';
}

/**
 * `row` does not link to `prev`, whose own hash still covers it. `nextPrevHash` is what the entry
 * after `row` says row's hash is (the head's hash for the newest entry): it tells an entry whose own
 * link was rewritten (its hash recomputed) from an entry before it that was rewritten.
 */
function rewrittenLink(prev: HistoryRow, row: HistoryRow, nextPrevHash: string | null): HistoryBreak {
  if (nextPrevHash !== null && nextPrevHash !== row.hash)
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

type ChainResult = Pick<HistoryVerification, 'entries' | 'headHash' | 'headSeq' | 'firstBreak'>;

const HISTORY_ROWS =
  'SELECT seq, at, author, entity, entity_id, action, changes, prev_hash, hash FROM history ORDER BY seq';

/**
 * The chain walked one entry at a time, oldest first, up to its first break. A link that does not
 * match an intact entry before it is only told apart by the entry after it, so that break waits for
 * the next row (or, for the newest entry, the head).
 */
class ChainWalker {
  private prev: HistoryRow | null = null;
  private entries = 0;
  private waiting: { prev: HistoryRow; row: HistoryRow } | null = null;
  /** The first break, once known. */
  broken: HistoryBreak | null = null;

  step(row: HistoryRow): void {
    this.entries++;
    if (this.waiting) {
      this.broken = rewrittenLink(this.waiting.prev, this.waiting.row, row.prev_hash);
      this.waiting = null;
    }
    if (this.broken) return;
    const prev = this.prev;
    const start = prev?.hash ?? GENESIS_HASH;
    if (recomputed(row) !== row.hash) {
      // An entry whose own hash no longer covers it is the one that was changed, its link included.
      const linkOnly = row.prev_hash !== start && recomputed({ ...row, prev_hash: start }) === row.hash;
      this.broken = named(
        row,
        linkOnly
          ? 'its link to the entry before it (prev_hash) was changed after it was written'
          : 'its content was changed after it was written',
      );
      return;
    }
    if (row.prev_hash !== start) {
      const broken = linkBreak(prev, row);
      if (broken === 'next') this.waiting = { prev: prev!, row };
      else this.broken = broken;
      if (broken) return;
    }
    this.prev = row;
  }

  /** Whether walking further can change the result. */
  get settled(): boolean {
    return this.broken !== null;
  }

  finish(sqlite: Database.Database): ChainResult {
    if (this.waiting) this.broken = rewrittenLink(this.waiting.prev, this.waiting.row, readHead(sqlite)?.hash ?? null);
    if (this.broken) return { entries: countRows(sqlite), headHash: null, headSeq: null, firstBreak: this.broken };
    return {
      entries: this.entries,
      headHash: this.prev?.hash ?? null,
      headSeq: this.prev?.seq ?? null,
      firstBreak: headBreak(this.prev, readHead(sqlite)),
    };
  }
}

interface Walked {
  chain: ChainResult;
  /** The history replayed on the same pass, or why it could not be (also when not asked for). */
  replay: Replay | string;
}

/**
 * One pass over the history: the chain, and (when `replaying`) the replay the data is compared with.
 * The chain alone stops at its first break; the replay needs every entry, broken chain or not.
 */
function walkHistory(sqlite: Database.Database, replaying: boolean): Walked {
  const chain = new ChainWalker();
  let builder = replaying ? new ReplayBuilder() : null;
  let replayFailed = 'not asked for';
  const rows = decodedRows(sqlite.prepare(HISTORY_ROWS).iterate() as IterableIterator<StoredRow<HistoryRow>>);
  try {
    for (const row of rows) {
      chain.step(row);
      if (builder) {
        try {
          builder.add(row);
        } catch (err) {
          builder = null;
          replayFailed = (err as Error).message;
        }
      }
      if (!builder && chain.settled) break;
    }
  } catch (err) {
    // The file may be damaged past the chain's first break, which still stands; the data cannot be read.
    if (!chain.settled) throw err;
    builder = null;
    replayFailed = (err as Error).message;
  } finally {
    rows.return(undefined); // closes the statement too
  }
  return { chain: chain.finish(sqlite), replay: builder?.result() ?? replayFailed };
}

/** Walks the chain oldest first and stops at the first break. */
export function verifyChain(sqlite: Database.Database): ChainResult {
  return walkHistory(sqlite, false).chain;
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

const unchecked = (why: string): DataPart => ({
  differences: [],
  differenceCount: 0,
  dataNotChecked: why,
  listLines: [],
  listLineCount: 0,
});

/** Why the data cannot be compared with the history, or null when it can. */
function dataNotComparable(sqlite: Database.Database, sound: boolean, options: VerifyOptions): string | null {
  if (!sound) return 'the file is damaged';
  const version = sqlite.pragma('user_version', { simple: true }) as number;
  const current = options.currentSchema ?? currentSchemaVersion(options.migrationsFolder);
  if (version === current) return null;
  return `the register uses schema ${version} and this app reads schema ${current}; ${version < current ? 'upgrade it (ropa upgrade) to compare its data with its history' : 'use a newer app'}`;
}

/** The stored rows and list lines against the history replayed on the chain's pass. */
function checkData(sqlite: Database.Database, file: string, replay: Replay): DataPart {
  try {
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
    return unchecked(`the data could not be read (${(err as Error).message})`);
  }
}

const unreadable = (err: unknown): ChainResult => ({
  entries: 0,
  headHash: null,
  headSeq: null,
  firstBreak: {
    seq: 0,
    at: null,
    author: null,
    reason: `the history could not be read (${(err as Error).message})`,
  },
});

/**
 * integrity_check, the chain, the sequence, and the stored data against the replayed history, on an
 * open connection (the CLI's own, or the app's for verifyHistory). The history is read once: the
 * chain and the replay walk the same rows.
 */
export function verifyRegister(sqlite: Database.Database, options: VerifyOptions = {}): HistoryVerification {
  // The chain, the replay and the rows from one state of the file, whoever saves meanwhile.
  return inOneRead(sqlite, () => verifySnapshot(sqlite, options));
}

function verifySnapshot(sqlite: Database.Database, options: VerifyOptions): HistoryVerification {
  const integrity = integrityOf(sqlite);
  const sound = integrity.length === 1 && integrity[0] === 'ok';
  const notComparable = dataNotComparable(sqlite, sound, options);
  let chain: ChainResult;
  let sequence: string[] = [];
  let replay: Replay | string | undefined;
  try {
    const walked = walkHistory(sqlite, notComparable === null);
    chain = walked.chain;
    replay = walked.replay;
    sequence = checkSequence(sqlite);
  } catch (err) {
    // A damaged file may not even let us read the history; integrity_check already says why.
    chain = unreadable(err);
    replay ??= (err as Error).message;
  }
  const data =
    notComparable !== null
      ? unchecked(notComparable)
      : typeof replay === 'object'
        ? checkData(sqlite, options.file ?? sqlite.name, replay)
        : unchecked(`the data could not be read (${replay ?? 'unknown'})`);
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
