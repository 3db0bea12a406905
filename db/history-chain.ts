// The hash chain of the history table, at the level of plain rows: core/history.ts records changes
// through it, and schema data steps (core/data-steps.ts) append the entries that describe a reshaping.
import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type Database from 'better-sqlite3';
import { startPacking, type Packing } from './pack-helper';
import { statement } from './statements';

export const GENESIS_HASH = '0'.repeat(64);

/**
 * register_meta key of the chain head: the newest entry's seq and hash. Written in the same
 * transaction as the entry, so deleting the newest entries (which leaves a valid shorter chain)
 * is detectable too.
 */
export const HEAD_KEY = 'history_head';

export interface EntryContent {
  at: string;
  author: string;
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'delete';
  changes: string;
}

export function entryHash(prevHash: string, e: EntryContent): string {
  const canonical = JSON.stringify([prevHash, e.at, e.author, e.entity, e.entityId, e.action, e.changes]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** Entries appended at once from which their texts are packed on two threads (pack-helper.ts). */
const PARALLEL_FROM = 32;

/** Shorter texts are stored as they are: a one-field update seldom shrinks. */
const MIN_PACKED = 160;

/**
 * How an entry's changes are stored: the JSON text, or that text compressed with raw DEFLATE (a BLOB)
 * when that is smaller. The history is most of a register (an activity's create entry names every
 * field and some twenty ids: 3.3 KB of JSON, under 1 KB deflated), and it only grows. The hash
 * covers the text either way, so verify, exports and the chain do not depend on how it is stored;
 * entries written as text (older files, imports, small updates) stay text.
 */
export function encodeChanges(text: string): string | Buffer {
  if (text.length < MIN_PACKED) return text;
  const packed = deflateRawSync(text);
  return packed.length < Buffer.byteLength(text) ? packed : text;
}

/**
 * The text of stored changes. A BLOB that does not inflate (damaged, or written by another tool)
 * gives a text no entry hashes to, so verify reports the entry as changed after it was written.
 */
export function decodeChanges(stored: string | Buffer): string {
  if (typeof stored === 'string') return stored;
  try {
    return inflateRawSync(stored).toString('utf8');
  } catch {
    return `undecodable: ${stored.toString('hex')}`;
  }
}

/** Appends one entry and moves the head; call inside the transaction of the change it records. */
export function appendEntry(sqlite: Database.Database, content: EntryContent): void {
  appendEntries(sqlite, [content]);
}

/**
 * Starts packing the changes of a batch of entries on the helper thread (pack-helper.ts), all of
 * them, for appendEntries to take once the caller has written the rows the entries record: the
 * helper packs while this thread writes. Null for a small batch (or no helper).
 */
export function startPackingChanges(texts: readonly string[]): Packing | null {
  return texts.length >= PARALLEL_FROM ? startPacking(texts, 0, encodeChanges, MIN_PACKED) : null;
}

/**
 * Appends entries in their order, each hashing the one before, and moves the head once to the
 * last: what a batch of changes in one transaction (createActivities) records. Call inside that
 * transaction. `packing`: startPackingChanges of exactly these entries' changes, when started.
 */
export function appendEntries(
  sqlite: Database.Database,
  contents: readonly EntryContent[],
  packing: Packing | null = null,
): void {
  if (contents.length === 0) return;
  let prevHash =
    (statement(sqlite, 'SELECT hash FROM history ORDER BY seq DESC LIMIT 1', 'pluck').get() as string | undefined) ??
    GENESIS_HASH;
  const insert = statement(
    sqlite,
    'INSERT INTO history (at, author, entity, entity_id, action, changes, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const texts = contents.map((c) => c.changes);
  // Not started by the caller: the helper takes the later two thirds now, while this thread hashes
  // the chain and packs the first third (hashing costs about half of packing).
  const pending =
    packing ??
    (contents.length >= PARALLEL_FROM
      ? startPacking(texts, Math.floor(texts.length / 3), encodeChanges, MIN_PACKED)
      : null);
  const hashes: string[] = [];
  let prev = prevHash;
  for (const content of contents) hashes.push((prev = entryHash(prev, content)));
  const packed = pending ? pending.finish() : texts.map(encodeChanges);
  if (packed.length !== contents.length) throw new Error('the packed changes are not those of the entries');
  let head = { seq: 0, hash: prevHash };
  contents.forEach((content, i) => {
    const hash = hashes[i]!;
    const { lastInsertRowid } = insert.run(
      content.at,
      content.author,
      content.entity,
      content.entityId,
      content.action,
      packed[i]!,
      prevHash,
      hash,
    );
    head = { seq: Number(lastInsertRowid), hash };
    prevHash = hash;
  });
  statement(
    sqlite,
    'INSERT INTO register_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(HEAD_KEY, JSON.stringify(head));
}
