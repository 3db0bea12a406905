// Which files the page may name. A page that has been compromised (an injected script, a poisoned
// register text rendered unsafely) must not be able to write a report, a copy or a new register
// anywhere the user can write, nor open a file the user never picked. So a path from the page is
// accepted only when the main process's own dialog gave it to that same window a moment ago: the
// dialog leaves a one-time grant, the call that names the path takes it. Paths the main process
// chooses itself (menus, Open Recent, the command line) never pass through here.
import { contract, isMethodName, type FileDialog, type Outcome } from '../core/api/contract';

/** The dialog a grant comes from: a save dialog for files written, an open dialog for files opened. */
export type GrantKind = FileDialog;

/** Long enough to fill in the rest of a form after choosing the file; short enough to go stale. */
export const GRANT_TTL_MS = 10 * 60_000;

/** A grant taken for one call; handed back when the call was refused and wrote nothing. */
export interface TakenGrant {
  owner: number;
  kind: GrantKind;
  path: string;
  expiresAt: number;
}

const keyOf = (kind: GrantKind, path: string): string => `${kind}\0${path}`;

/** One-time grants per window (its webContents id), each for one exact path. */
export class PathGrants {
  private readonly byOwner = new Map<number, Map<string, number>>();

  constructor(
    private readonly ttlMs = GRANT_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** The main process's dialog returned `path` to window `owner`. */
  grant(owner: number, kind: GrantKind, path: string): void {
    this.put({ owner, kind, path, expiresAt: this.now() + this.ttlMs });
  }

  /** Takes the grant for exactly this path, or null when there is none (or it has expired). */
  take(owner: number, kind: GrantKind, path: unknown): TakenGrant | null {
    this.prune();
    if (typeof path !== 'string') return null;
    const grants = this.byOwner.get(owner);
    const key = keyOf(kind, path);
    const expiresAt = grants?.get(key);
    if (!grants || expiresAt === undefined) return null;
    grants.delete(key);
    if (grants.size === 0) this.byOwner.delete(owner);
    return { owner, kind, path, expiresAt };
  }

  /**
   * Returns a grant whose call was refused (a lock held by a colleague, a name to correct), so the
   * page can try the same file again; it keeps its first expiry, so this never prolongs it.
   */
  giveBack(taken: TakenGrant): void {
    if (taken.expiresAt > this.now()) this.put(taken);
  }

  /** The window is gone: its grants go with it. */
  forget(owner: number): void {
    this.byOwner.delete(owner);
  }

  private put({ owner, kind, path, expiresAt }: TakenGrant): void {
    const grants = this.byOwner.get(owner) ?? new Map<string, number>();
    grants.set(keyOf(kind, path), Math.max(expiresAt, grants.get(keyOf(kind, path)) ?? 0));
    this.byOwner.set(owner, grants);
  }

  private prune(): void {
    const now = this.now();
    for (const [owner, grants] of this.byOwner) {
      for (const [key, expiresAt] of grants) if (expiresAt <= now) grants.delete(key);
      if (grants.size === 0) this.byOwner.delete(owner);
    }
  }
}

const REFUSALS: Record<GrantKind, string> = {
  save: 'Choose where to save with the Save dialog.',
  open: 'Choose the register with the Open dialog.',
};

/** The app's usual validation outcome, on the field the form shows (the input's `path`). */
export function pathRefused(kind: GrantKind, field = 'path'): Outcome<never> {
  const message = REFUSALS[kind];
  return { ok: false, error: { kind: 'validation', message, issues: [{ path: field, message }] } };
}

/**
 * The fields of `method`'s input that name a file, each with the grant it needs: the registry's
 * `files` (core/api/contract.ts), so an operation that names a file cannot skip this check.
 * restoreBackup names a backup, which the core looks up among the register's own backups.
 */
export function grantsNeeded(method: string): [field: string, kind: GrantKind][] {
  return isMethodName(method) ? Object.entries(contract[method].files) : [];
}

/** The value of `field` in an input, if it is an object with one. */
export function fieldOf(input: unknown, field: string): unknown {
  return typeof input === 'object' && input !== null && field in input
    ? (input as Record<string, unknown>)[field]
    : undefined;
}

/**
 * Checks a page's call against the grants: `proceed` with the grants taken (none when the method
 * names no file), or the refusal to answer with. Nothing is passed on to the register when refused,
 * and the grants taken for other fields of the refused call are given back.
 */
export function admitCall(
  grants: PathGrants,
  owner: number,
  method: string,
  input: unknown,
): { proceed: TakenGrant[] } | { refuse: Outcome<never> } {
  const taken: TakenGrant[] = [];
  for (const [field, kind] of grantsNeeded(method)) {
    const grant = grants.take(owner, kind, fieldOf(input, field));
    if (!grant) {
      for (const t of taken) grants.giveBack(t);
      return { refuse: pathRefused(kind, field) };
    }
    taken.push(grant);
  }
  return { proceed: taken };
}

/**
 * The input passed on for a call admitted with a save-dialog grant: the OS save dialog has asked
 * "Replace …?" already, so a copy or export to that path may replace the file (`overwrite: true`).
 */
const REPLACING = new Set(['saveCopy', 'exportReport', 'exportNotice']);

export function withDialogConsent(method: string, input: unknown, taken: readonly TakenGrant[]): unknown {
  if (!taken.some((t) => t.kind === 'save') || !REPLACING.has(method)) return input;
  return typeof input === 'object' && input !== null ? { ...input, overwrite: true } : input;
}
