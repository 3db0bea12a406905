// What other people do with the open register, polled every two seconds: whether they saved
// something (PRAGMA data_version moved) and who else has the file open. Views subscribe; lists
// reload through useLoad, and editors keep unsaved input (a stale save becomes a conflict).
import { useEffect, useSyncExternalStore } from 'react';
import type { LockHolder } from '../../../core/api/contract';
import { ropa, settle } from '../api';

const POLL_MS = 2_000;

interface Snapshot {
  /** Counts the saves of others noticed so far; views reload when it moves. */
  changes: number;
  others: LockHolder[];
}

let snapshot: Snapshot = { changes: 0, others: [] };
const listeners = new Set<() => void>();
const changeListeners = new Set<() => void>();

function publish(next: Snapshot): void {
  const changed = next.changes !== snapshot.changes;
  snapshot = next;
  for (const l of listeners) l();
  if (changed) for (const l of changeListeners) l();
}

/** Calls `listener` after each save of someone else is noticed; returns the unsubscribe. */
export function onExternalChange(listener: () => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

const sameHolders = (a: LockHolder[], b: LockHolder[]): boolean =>
  a.map((h) => h.id).join() === b.map((h) => h.id).join();

/** Polls while `active` (a register is open); one poller for the whole window. */
export function useChangePolling(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    let since: number | undefined;
    let stopped = false;
    const poll = async () => {
      const out = await settle(ropa().pollChanges({ ...(since === undefined ? {} : { since }) }));
      if (stopped || !out.ok) return;
      since = out.value.dataVersion;
      const { changed, others } = out.value;
      if (changed || !sameHolders(others, snapshot.others))
        publish({ changes: snapshot.changes + (changed ? 1 : 0), others });
    };
    void poll();
    const timer = window.setInterval(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      window.clearInterval(timer);
      publish({ changes: snapshot.changes, others: [] });
    };
  }, [active]);
}

/** Moves each time someone else's save is noticed. */
export function useExternalChanges(): number {
  return useSyncExternalStore(subscribe, () => snapshot.changes);
}

/** The others who have the register open now. */
export function usePresence(): LockHolder[] {
  return useSyncExternalStore(subscribe, () => snapshot.others);
}
