import type { Register } from '../db/open';

/** What every core operation runs against: one open register and the person at the keyboard. */
export interface CoreContext {
  readonly register: Register;
  /** Shown in created/updated stamps and in the history. */
  readonly author: string;
  /** ISO-8601 time; injectable so tests can pin it. */
  now(): string;
}

export function createContext(
  register: Register,
  author: string,
  now: () => string = () => new Date().toISOString(),
): CoreContext {
  return { register, author, now };
}

/**
 * Runs `fn` as one write transaction. IMMEDIATE takes the write lock up front, so a second
 * process waits on the busy timeout instead of failing with SQLITE_BUSY on lock upgrade.
 */
export function writeTransaction<T>(ctx: CoreContext, fn: () => T): T {
  return ctx.register.sqlite.transaction(fn).immediate();
}
