// The register a window works on: which file is open, opening and creating files, and forwarding
// every other call to the dispatcher. Electron's main process and the browser host each own one.
import path from 'node:path';
import type { OpenOptions } from '../db/open';
import {
  contract,
  isMethodName,
  type Outcome,
  type ParsedInputOf,
  type ResultOf,
  type SessionMethod,
} from './api/contract';
import type { BackupInfo, DataCheck, OpenCheck, SessionInfo } from './api/types';
import { createContext, type CoreContext } from './context';
import { checkOpenedData } from './data-check';
import { dispatch } from './dispatcher';
import { RopaFailure, toRopaError } from './api/errors';
import { backupIfChanged, DAY_MS, listBackups, restoreBackup, type BackupReason, type BackupSettings } from './backup';
import { documentsFolder } from './documents-folder';
import { lockCreated, openLocked, othersHolding, ownLockId, type LockedSession } from './lock';
import { checkInThread, pageDamage, type OpenCheckSettings } from './open-check';
import { newRegister } from './register';
import { fillSample } from './sample/index';

export type { SessionInfo };

export interface HostOptions {
  author: string;
  /** The author was given (--author, ROPA_AUTHOR) rather than taken from the OS user. */
  authorChosen?: boolean;
  migrationsFolder?: string;
  /** Rolling backups of every register opened; none when absent. */
  backups?: BackupSettings;
  /** The user's home folder, where the Documents folder is looked for; the OS's when absent (tests pass their own). */
  home?: string;
  /**
   * Run the checks that read the whole file (quick_check, the data check, the open backup) on a
   * thread of their own right after opening (core/open-check.ts): the register worker does. Absent
   * (the CLI, most tests): each runs on this thread when first asked for, the backup at once.
   */
  openCheck?: OpenCheckSettings;
}

// Checked hourly; backupIfChanged makes at most one a day, and only if the file changed.
const BACKUP_CHECK_MS = 60 * 60_000;
/**
 * The checks after opening wait for the window's first getOpenCheck, which it asks once its first
 * screen is painted: started at once, they took one of two cores for seconds (10,000 activities)
 * while that screen was being drawn. A host whose window never asks starts them after this long.
 */
const CHECKS_WAIT_MS = 5_000;

export class RegisterHost {
  private ctx: CoreContext | null = null;
  private held: LockedSession | null = null;
  private backupTimer: NodeJS.Timeout | null = null;
  /** The open register's data check (checkData), once it has run; reset whenever another register is held. */
  private dataCheck: DataCheck | null = null;
  /** What quick_check found on the open register, once it has run in the background or been asked for. */
  private openCheck: OpenCheck = { ...RUNNING };
  /** Counts registers held, so a background check of an earlier one is not taken for the current one's. */
  private heldCount = 0;
  /** The checks after opening, until they start (CHECKS_WAIT_MS). */
  private checksWaiting: NodeJS.Timeout | null = null;

  private author: string;
  private authorChosen: boolean;

  constructor(private readonly options: HostOptions) {
    this.author = options.author;
    this.authorChosen = options.authorChosen ?? false;
  }

  /** From now on this window's changes are recorded under `name`. */
  setAuthor(name: string): SessionInfo {
    this.author = name;
    this.authorChosen = true;
    if (this.ctx) this.ctx = createContext(this.ctx.register, name, this.ctx.now);
    return this.session();
  }

  get context(): CoreContext | null {
    return this.ctx;
  }

  session(): SessionInfo {
    const r = this.ctx?.register;
    return {
      path: r?.path ?? null,
      fileName: r ? path.basename(r.path) : null,
      readOnly: (r?.readOnly ?? false) || this.dataHeld() || this.openCheck.damage !== null,
      author: this.author,
      authorChosen: this.authorChosen,
      dataHeld: this.dataHeld(),
    };
  }

  /** Differences found, on a register open for editing: changes wait until the data is accepted. */
  private dataHeld(): boolean {
    return !!this.ctx && !this.ctx.register.readOnly && this.dataCheck !== null && !this.dataCheck.ok;
  }

  /** A change to a damaged file, or to a register whose data differs from its history (until accepted), is refused. */
  private refuseWhileHeld(method: string): Outcome<unknown> | null {
    const { damage } = this.openCheck;
    if (damage !== null)
      return {
        ok: false,
        error: {
          kind: 'read_only',
          message: `This register file is damaged (quick_check: ${damage}); changes are refused so the damage does not spread. Restore a backup or open a sound copy.`,
        },
      };
    if (method === 'acceptCurrentData') return null;
    let check: DataCheck;
    try {
      check = this.checkData();
    } catch (err) {
      return { ok: false, error: toRopaError(err) };
    }
    if (check.ok) return null;
    return {
      ok: false,
      error: {
        kind: 'read_only',
        message: `This register's data is not what its history says (${check.differenceCount} ${check.differenceCount === 1 ? 'difference' : 'differences'}); accept the current data as a new starting point before changing it.`,
      },
    };
  }

  /** Compares the open register's data with its replayed history, once per register opened. */
  checkData(): DataCheck {
    if (!this.ctx) throw new RopaFailure({ kind: 'file', message: 'No register is open; open or create one first.' });
    this.dataCheck ??= checkOpenedData(this.ctx);
    return this.dataCheck;
  }

  /**
   * What the background checks found so far; the first call starts them (CHECKS_WAIT_MS). Without a
   * checking thread (HostOptions.openCheck) the quick_check runs here, on the first call.
   */
  getOpenCheck(): OpenCheck {
    if (!this.ctx) throw new RopaFailure({ kind: 'file', message: 'No register is open; open or create one first.' });
    this.startChecks();
    if (this.openCheck.state === 'running' && !this.options.openCheck)
      this.openCheck = { state: 'done', damage: pageDamage(this.ctx.register.sqlite) };
    return { ...this.openCheck };
  }

  open(file: string, readOnly = false, force = false): SessionInfo {
    // Opening reads the header, the schema and register_meta only; the pages are checked after (getOpenCheck).
    const opts: OpenOptions & { force: boolean; ignore?: string } = { readOnly, force, checkPages: false };
    if (this.options.migrationsFolder) opts.migrationsFolder = this.options.migrationsFolder;
    // Reopening our own file (read-only to editing, say): our own lock is not someone else's, and a
    // refusal leaves the register open as it was.
    if (this.ctx?.register.path === path.resolve(file)) opts.ignore = ownLockId(this.ctx.register);
    const next = openLocked(file, this.author, opts);
    this.close();
    this.hold(next);
    return this.session();
  }

  private hold(next: LockedSession): void {
    this.held = next;
    this.ctx = next.ctx;
    this.dataCheck = null;
    this.openCheck = { ...RUNNING };
    this.heldCount++;
    if (this.options.openCheck) {
      this.checksWaiting = setTimeout(() => this.startChecks(), CHECKS_WAIT_MS);
      this.checksWaiting.unref();
    } else this.backUp('open', 0);
    if (!this.options.backups) return;
    this.backupTimer = setInterval(() => this.backUp('daily', DAY_MS), BACKUP_CHECK_MS);
    this.backupTimer.unref();
  }

  /** Starts the checks after opening if they are still waiting: once per register held. */
  private startChecks(): void {
    if (!this.checksWaiting) return;
    clearTimeout(this.checksWaiting);
    this.checksWaiting = null;
    this.checkInBackground();
  }

  /**
   * The open backup, quick_check and the data check on their own thread and connection, so the
   * window's calls are answered meanwhile.
   */
  private checkInBackground(): void {
    const ctx = this.ctx;
    if (!ctx) return;
    const held = this.heldCount;
    const { migrationsFolder, backups } = this.options;
    checkInThread(
      {
        registerPath: ctx.register.path,
        ...(migrationsFolder ? { migrationsFolder } : {}),
        ...(backups ? { backups } : {}),
      },
      this.options.openCheck,
    ).then(
      (outcome) => {
        if (held !== this.heldCount) return;
        this.openCheck = { state: 'done', damage: outcome.damage };
        // Unless a write or the History page already asked (and this window may have written since).
        if (outcome.data) this.dataCheck ??= outcome.data;
      },
      (err: unknown) => {
        if (held !== this.heldCount) return;
        // The thread could not check (it could not open the file, say): check here when asked instead.
        console.warn(`RoPA Registry: the check after opening failed: ${(err as Error).message}`);
        if (this.ctx) this.openCheck = { state: 'done', damage: pageDamage(this.ctx.register.sqlite) };
      },
    );
  }

  private backUp(reason: BackupReason, minAgeMs: number): void {
    if (!this.ctx || !this.options.backups) return;
    try {
      backupIfChanged(this.ctx, this.options.backups, reason, minAgeMs);
    } catch (err) {
      // A full or missing backup folder must not keep anyone from working on the register.
      console.warn(`RoPA Registry: the ${reason} backup failed: ${(err as Error).message}`);
    }
  }

  /** Where the browser host, which has no Save dialog, first offers to write a report. */
  documentsFolder(): string {
    return this.options.home ? documentsFolder(this.options.home, {}) : documentsFolder();
  }

  listBackups(): BackupInfo[] {
    if (!this.ctx || !this.options.backups) return [];
    return listBackups(this.options.backups, this.ctx.register.path);
  }

  /** Replaces the open register with one of its backups; only when nobody else has it open. */
  restore(name: string): SessionInfo {
    const { ctx, options } = this;
    if (!ctx)
      throw new RopaFailure({
        kind: 'file',
        message: 'No register is open; open the register you want to restore first.',
      });
    if (!options.backups) throw new RopaFailure({ kind: 'file', message: 'Backups are not set up for this window.' });
    if (ctx.register.readOnly)
      throw new RopaFailure({
        kind: 'read_only',
        message: 'This register is open read-only; open it for editing to restore a backup.',
      });
    const others = othersHolding(ctx.register);
    if (others.length > 0) {
      throw new RopaFailure({
        kind: 'locked',
        holders: others,
        message: `${others.map((o) => o.user).join(', ')} still ${others.length > 1 ? 'have' : 'has'} this register open; they must close it before a backup is restored.`,
      });
    }
    const file = ctx.register.path;
    this.close();
    try {
      restoreBackup(options.backups, file, name);
    } finally {
      this.open(file);
    }
    return this.session();
  }

  create(file: string, sample: boolean, name?: string): SessionInfo {
    const next = newRegister(file, {
      author: this.author,
      ...(this.options.migrationsFolder ? { migrationsFolder: this.options.migrationsFolder } : {}),
      ...(name ? { name } : {}),
    });
    if (sample) fillSample(next);
    this.close();
    this.hold(lockCreated(next));
    return this.session();
  }

  close(): void {
    if (this.backupTimer) clearInterval(this.backupTimer);
    this.backupTimer = null;
    if (this.checksWaiting) clearTimeout(this.checksWaiting);
    this.checksWaiting = null;
    this.held?.close();
    this.held = null;
    this.ctx = null;
    this.dataCheck = null;
    this.openCheck = { ...RUNNING };
    this.heldCount++;
  }

  /**
   * One entry point for transports: the registry's session operations here, the others to the
   * dispatcher once a register is open. Never throws: every failure is an `{ ok: false, error }`.
   */
  handle(method: string, input: unknown): Outcome<unknown> {
    if (!isMethodName(method))
      return {
        ok: false,
        error: { kind: 'unknown_method', message: `Unknown operation ${JSON.stringify(method).slice(0, 80)}.` },
      };
    const spec = contract[method];
    if (spec.needsRegister) {
      if (!this.ctx)
        return { ok: false, error: { kind: 'file', message: 'No register is open; open or create one first.' } };
      if (spec.write && !this.ctx.register.readOnly) {
        const held = this.refuseWhileHeld(method);
        if (held) return held;
      }
      const outcome = dispatch(this.ctx, method, input);
      // The differences are in the history now: the register is writable again.
      if (method === 'acceptCurrentData' && outcome.ok) this.dataCheck = { ...EMPTY_CHECK };
      return outcome;
    }
    try {
      const handler = sessionHandlers[method as SessionMethod] as (host: RegisterHost, input: unknown) => unknown;
      return { ok: true, value: handler(this, spec.input.parse(input ?? undefined)) };
    } catch (err) {
      return { ok: false, error: toRopaError(err) };
    }
  }
}

const RUNNING: OpenCheck = { state: 'running', damage: null };
const EMPTY_CHECK: DataCheck = { ok: true, differences: [], differenceCount: 0, notChecked: null };

/** One handler per session operation of the registry: the type checker asks for a new entry's. */
type SessionHandlers = { [M in SessionMethod]: (host: RegisterHost, input: ParsedInputOf<M>) => ResultOf<M> };

const sessionHandlers: SessionHandlers = {
  getSession: (host) => host.session(),
  openRegister: (host, i) => host.open(i.path, i.readOnly, i.force),
  createRegister: (host, i) => host.create(i.path, i.sample, i.name),
  closeRegister: (host) => {
    host.close();
    return host.session();
  },
  listBackups: (host) => host.listBackups(),
  restoreBackup: (host, i) => host.restore(i.name),
  setAuthor: (host, i) => host.setAuthor(i.name),
  getDocumentsFolder: (host) => ({ path: host.documentsFolder() }),
  checkData: (host) => host.checkData(),
  getOpenCheck: (host) => host.getOpenCheck(),
};
