// The register a window works on: which file is open, opening and creating files, and forwarding
// every other call to the dispatcher. Electron's main process and the browser host each own one.
import path from 'node:path';
import { z } from 'zod';
import { RegisterFileError, type OpenOptions } from '../db/open';
import { isMethodName, type Outcome } from './api/contract';
import type { CoreContext } from './context';
import { dispatch, issuesOf } from './dispatcher';
import { fileSystemError, invalid, RopaFailure, type RopaError } from './api/errors';
import {
  backupIfChanged,
  DAY_MS,
  listBackups,
  restoreBackup,
  type BackupInfo,
  type BackupReason,
  type BackupSettings,
} from './backup';
import { lockCreated, openLocked, othersHolding, ownLockId, type LockedSession } from './lock';
import { newRegister } from './register';
import { fillSample } from './sample/index';

const filePath = z.string().trim().min(1, 'required').max(4_096);

export const sessionContract = {
  getSession: z.object({}).default({}),
  // force: "open anyway" although someone else is editing it (see core/lock.ts).
  openRegister: z.object({ path: filePath, readOnly: z.boolean().default(false), force: z.boolean().default(false) }),
  createRegister: z.object({
    path: filePath,
    sample: z.boolean().default(false),
    name: z.string().trim().max(300).optional(),
  }),
  closeRegister: z.object({}).default({}),
  listBackups: z.object({}).default({}),
  restoreBackup: z.object({ name: z.string().min(1, 'required').max(200) }),
};
export type SessionMethod = keyof typeof sessionContract;
export const sessionMethodNames = Object.keys(sessionContract) as SessionMethod[];
export type SessionInput<M extends SessionMethod> = z.input<(typeof sessionContract)[M]>;

export interface SessionInfo {
  path: string | null;
  fileName: string | null;
  readOnly: boolean;
  author: string;
}

/** What each session method answers. */
export interface SessionResults {
  getSession: SessionInfo;
  openRegister: SessionInfo;
  createRegister: SessionInfo;
  closeRegister: SessionInfo;
  listBackups: BackupInfo[];
  restoreBackup: SessionInfo;
}
export type SessionResult<M extends SessionMethod> = SessionResults[M];

export interface HostOptions {
  author: string;
  migrationsFolder?: string;
  /** Rolling backups of every register opened; none when absent. */
  backups?: BackupSettings;
}

// Checked hourly; backupIfChanged makes at most one a day, and only if the file changed.
const BACKUP_CHECK_MS = 60 * 60_000;

const isSessionMethod = (m: string): m is SessionMethod => Object.hasOwn(sessionContract, m);

export class RegisterHost {
  private ctx: CoreContext | null = null;
  private held: LockedSession | null = null;
  private backupTimer: NodeJS.Timeout | null = null;

  constructor(private readonly options: HostOptions) {}

  get context(): CoreContext | null {
    return this.ctx;
  }

  session(): SessionInfo {
    const r = this.ctx?.register;
    return {
      path: r?.path ?? null,
      fileName: r ? path.basename(r.path) : null,
      readOnly: r?.readOnly ?? false,
      author: this.options.author,
    };
  }

  open(file: string, readOnly = false, force = false): SessionInfo {
    const opts: OpenOptions & { force: boolean; ignore?: string } = { readOnly, force };
    if (this.options.migrationsFolder) opts.migrationsFolder = this.options.migrationsFolder;
    // Reopening our own file (read-only to editing, say): our own lock is not someone else's, and a
    // refusal leaves the register open as it was.
    if (this.ctx?.register.path === path.resolve(file)) opts.ignore = ownLockId(this.ctx.register);
    const next = openLocked(file, this.options.author, opts);
    this.close();
    this.hold(next);
    return this.session();
  }

  private hold(next: LockedSession): void {
    this.held = next;
    this.ctx = next.ctx;
    if (!this.options.backups) return;
    this.backUp('open', 0);
    this.backupTimer = setInterval(() => this.backUp('daily', DAY_MS), BACKUP_CHECK_MS);
    this.backupTimer.unref();
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
      author: this.options.author,
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
    this.held?.close();
    this.held = null;
    this.ctx = null;
  }

  /** One entry point for transports: session methods here, everything else to the dispatcher. */
  handle(method: string, input: unknown): Outcome<unknown> {
    if (isSessionMethod(method)) {
      try {
        return { ok: true, value: this.runSession(method, input ?? undefined) };
      } catch (err) {
        return { ok: false, error: toError(err) };
      }
    }
    if (!isMethodName(method))
      return {
        ok: false,
        error: { kind: 'unknown_method', message: `Unknown operation ${JSON.stringify(method).slice(0, 80)}.` },
      };
    if (!this.ctx)
      return { ok: false, error: { kind: 'file', message: 'No register is open; open or create one first.' } };
    return dispatch(this.ctx, method, input);
  }

  private runSession(method: SessionMethod, input: unknown): SessionResults[SessionMethod] {
    switch (method) {
      case 'getSession':
        sessionContract.getSession.parse(input);
        return this.session();
      case 'openRegister': {
        const i = sessionContract.openRegister.parse(input);
        return this.open(i.path, i.readOnly, i.force);
      }
      case 'createRegister': {
        const i = sessionContract.createRegister.parse(input);
        return this.create(i.path, i.sample, i.name);
      }
      case 'closeRegister':
        sessionContract.closeRegister.parse(input);
        this.close();
        return this.session();
      case 'listBackups':
        sessionContract.listBackups.parse(input);
        return this.listBackups();
      case 'restoreBackup':
        return this.restore(sessionContract.restoreBackup.parse(input).name);
    }
  }
}

function toError(err: unknown): RopaError {
  if (err instanceof z.ZodError) return invalid(issuesOf(err)).error;
  if (err instanceof RegisterFileError) return { kind: 'file', message: err.message };
  if (err instanceof RopaFailure) return err.error;
  return (
    fileSystemError(err) ?? { kind: 'internal', message: `Unexpected error: ${(err as Error).message ?? String(err)}` }
  );
}
