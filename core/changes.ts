// Noticing what other processes saved. PRAGMA data_version moves only when another connection
// commits, so the UI refreshes for a colleague's save and never for its own.
import type { ChangePoll } from './api/contract';
import type { CoreContext } from './context';
import { othersHolding } from './lock';

export function dataVersion(ctx: CoreContext): number {
  return ctx.register.sqlite.pragma('data_version', { simple: true }) as number;
}

/** `since`: the dataVersion of the caller's previous poll; absent on the first poll. */
export function pollChanges(ctx: CoreContext, since: number | undefined): ChangePoll {
  const now = dataVersion(ctx);
  return { dataVersion: now, changed: since !== undefined && since !== now, others: othersHolding(ctx.register) };
}
