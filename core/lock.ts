// Presence lock files beside a shared register, as office suites keep them: who has the file open,
// on which computer, since when, and a heartbeat that shows they still do.
//
// One file per holder (`.~lock.<register>#<host>-<pid>-<nonce>`) rather than one shared JSON
// file: each app only ever writes and deletes its own file, so two apps opening at the same moment
// on different computers never need a read-modify-write of a shared file, which network drives
// cannot make atomic. Several holders (someone chose "open anyway") are simply several files.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { OpenOptions, Register } from '../db/open';
import type { LockHolder } from './api/contract';
import type { CoreContext } from './context';
import { RopaFailure } from './api/errors';
import { openSession } from './register';

/** How often an open app rewrites its lock file. */
export const HEARTBEAT_MS = 30_000;
/** A lock whose heartbeat is older than this belongs to an app that crashed or lost the drive. */
export const STALE_AFTER_MS = 3 * 60_000;

const MARK = '.~lock.';

function prefixOf(registerPath: string): string {
  return `${MARK}${path.basename(registerPath)}#`;
}

const safe = (s: string): string => s.replace(/[^A-Za-z0-9.-]/g, '_').slice(0, 64);

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Dead process on this computer, or silent for too long on any computer. */
export function isStale(holder: LockHolder, now = Date.now()): boolean {
  if (holder.host === os.hostname() && !pidAlive(holder.pid)) return true;
  const beat = Date.parse(holder.heartbeat);
  return !Number.isFinite(beat) || now - beat > STALE_AFTER_MS;
}

interface LockFile {
  file: string;
  holder: LockHolder;
}

function parseHolder(id: string, text: string): LockHolder | null {
  try {
    const v = JSON.parse(text) as Partial<LockHolder>;
    if (
      typeof v.user !== 'string' ||
      typeof v.host !== 'string' ||
      typeof v.pid !== 'number' ||
      typeof v.since !== 'string' ||
      typeof v.heartbeat !== 'string'
    )
      return null;
    return {
      id,
      user: v.user,
      host: v.host,
      pid: v.pid,
      since: v.since,
      heartbeat: v.heartbeat,
      readOnly: v.readOnly === true,
    };
  } catch {
    return null;
  }
}

/** Every lock file beside the register that can be read; unreadable ones are someone's half-write. */
export function readLocks(registerPath: string): LockFile[] {
  const dir = path.dirname(registerPath);
  const prefix = prefixOf(registerPath);
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((n) => n.startsWith(prefix) && !n.endsWith('.tmp'));
  } catch {
    return [];
  }
  const found: LockFile[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    try {
      const holder = parseHolder(name.slice(prefix.length), fs.readFileSync(file, 'utf8'));
      if (holder) found.push({ file, holder });
    } catch {
      // Removed between readdir and read: that holder just closed the register.
    }
  }
  return found;
}

/** Written via a temporary file and a rename, so a reader never sees half a lock. */
function writeAtomically(file: string, holder: LockHolder): void {
  const { id: _id, ...content } = holder;
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(content));
  fs.renameSync(tmp, file);
}

// Locks still held when the process exits (the app quit without closing the register) are removed
// then, so colleagues on other computers need not wait for the heartbeat to go stale.
const held = new Set<PresenceLock>();
let exitHookInstalled = false;
function releaseOnExit(lock: PresenceLock): void {
  held.add(lock);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const l of held) l.release();
  });
}

/** This app's own lock file; `release` removes it. */
export class PresenceLock {
  private released = false;

  constructor(
    readonly file: string,
    private holder: LockHolder,
  ) {
    releaseOnExit(this);
  }

  get id(): string {
    return this.holder.id;
  }

  heartbeat(now = new Date()): void {
    if (this.released) return;
    this.holder = { ...this.holder, heartbeat: now.toISOString() };
    writeAtomically(this.file, this.holder);
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    held.delete(this);
    fs.rmSync(this.file, { force: true });
  }
}

export interface LockRequest {
  user: string;
  readOnly?: boolean;
  /** Open even though someone else is editing ("open anyway"). */
  force?: boolean;
  /** A lock of ours that does not count as someone else's (reopening the same register). */
  ignore?: string | undefined;
}

/** "Ann on pc-7 since 2026-11-25 14:02 UTC and 1 other": who holds a register, for messages. */
export function describeHolders(holders: LockHolder[]): string {
  const [first] = holders;
  const more = holders.length > 1 ? ` and ${holders.length - 1} other${holders.length > 2 ? 's' : ''}` : '';
  return first
    ? `${first.user} on ${first.host} since ${first.since.slice(0, 16).replace('T', ' ')} UTC${more}`
    : 'someone else';
}

function lockedFailure(registerPath: string, holders: LockHolder[]): RopaFailure {
  const who = describeHolders(holders);
  return new RopaFailure({
    kind: 'locked',
    holders,
    message: `${path.basename(registerPath)} is open for editing by ${who}; open it read-only, or open it anyway if you are sure you will not edit the same entries.`,
  });
}

/**
 * Writes this app's lock file. Refuses with a 'locked' failure when someone else is editing the
 * register, unless the caller opens read-only or forces. Stale locks of others are removed.
 * Returns null when a read-only open cannot write beside the register (a read-only share).
 */
export function acquireLock(registerPath: string, request: LockRequest, now = new Date()): PresenceLock | null {
  const abs = path.resolve(registerPath);
  const live: LockHolder[] = [];
  for (const lock of readLocks(abs)) {
    if (lock.holder.id === request.ignore) continue;
    if (!isStale(lock.holder, now.getTime())) live.push(lock.holder);
    else fs.rmSync(lock.file, { force: true });
  }
  const editors = live.filter((h) => !h.readOnly);
  if (!request.readOnly && !request.force && editors.length > 0) throw lockedFailure(abs, editors);
  const id = `${safe(os.hostname())}-${process.pid}-${randomBytes(3).toString('hex')}`;
  const at = now.toISOString();
  const holder: LockHolder = {
    id,
    user: request.user,
    host: os.hostname(),
    pid: process.pid,
    since: at,
    heartbeat: at,
    readOnly: request.readOnly === true,
  };
  const file = path.join(path.dirname(abs), prefixOf(abs) + id);
  try {
    writeAtomically(file, holder);
  } catch (err) {
    if (request.readOnly) return null;
    throw err;
  }
  return new PresenceLock(file, holder);
}

const ownLocks = new WeakMap<Register, string>();

/** The id of the lock this process holds for `register`, if any. */
export const ownLockId = (register: Register): string | undefined => ownLocks.get(register);

/** The others who have this register open now (live locks only), for the presence banner. */
export function othersHolding(register: Register): LockHolder[] {
  const own = ownLocks.get(register);
  const now = Date.now();
  return readLocks(register.path)
    .map((l) => l.holder)
    .filter((h) => h.id !== own && !isStale(h, now));
}

/** A register opened under a presence lock; `close` closes the file and removes the lock. */
export interface LockedSession {
  readonly ctx: CoreContext;
  close(): void;
}

/** Keeps the lock's heartbeat going until `close`, which closes the file and removes the lock. */
function underLock(ctx: CoreContext, lock: PresenceLock | null): LockedSession {
  if (lock) ownLocks.set(ctx.register, lock.id);
  const timer = setInterval(() => {
    try {
      lock?.heartbeat();
    } catch {
      // A network drive that blips now is likely back at the next beat; staleness allows several misses.
    }
  }, HEARTBEAT_MS);
  timer.unref();
  return {
    ctx,
    close: () => {
      clearInterval(timer);
      ctx.register.close();
      lock?.release();
    },
  };
}

/**
 * A process killed while it started a save can leave a journal that is not hot (its header never
 * reached the disk): SQLite ignores it but only removes it at the next write. Holding the write
 * lock proves nobody is saving (and SQLite has rolled back any hot journal), so what is left is
 * debris and goes, and a closed register has no journal beside it.
 */
function clearStaleJournal(register: Register): void {
  const journal = `${register.path}-journal`;
  if (register.readOnly || !fs.existsSync(journal)) return;
  register.sqlite.transaction(() => fs.rmSync(journal, { force: true })).immediate();
}

/**
 * Opens a register the way the app and the CLI's write commands do: lock first (a refusal opens
 * nothing), then the file, then a heartbeat for as long as it stays open.
 */
export function openLocked(
  file: string,
  author: string,
  options: OpenOptions & Pick<LockRequest, 'force' | 'ignore'> = {},
): LockedSession {
  const lock = acquireLock(file, {
    user: author,
    readOnly: options.readOnly === true,
    force: options.force === true,
    ignore: options.ignore,
  });
  try {
    const ctx = openSession(file, author, options);
    clearStaleJournal(ctx.register);
    return underLock(ctx, lock);
  } catch (err) {
    lock?.release();
    throw err;
  }
}

/** Puts a register this app has just created under its lock. */
export function lockCreated(ctx: CoreContext): LockedSession {
  return underLock(ctx, acquireLock(ctx.register.path, { user: ctx.author }));
}
