import { useCallback, useEffect, useRef, useState } from 'react';
import { settle, type Outcome, type RopaError } from '../api';
import { useExternalChanges } from '../sharing/changes';

export type Loaded<T> = { status: 'loading' } | { status: 'ok'; value: T } | { status: 'error'; error: RopaError };

/**
 * Runs `load` (keep it stable with useCallback) and again on `reload()`. A reload keeps showing the
 * previous value until the new one arrives, so lists do not flash after every save. It also reloads
 * when someone else saved to the register (sharing/changes.ts), so open views show their changes;
 * `followChanges: false` is for views that follow those changes themselves (the activity editor,
 * which must keep unsaved input even when the activity disappears).
 *
 * `arrived` hands over a value already in the page (asked for as the code started, see main.tsx):
 * the first render shows it, instead of a loading view and a second render once an effect has run.
 */
export function useLoad<T>(
  load: () => Promise<Outcome<T>>,
  { followChanges = true, arrived }: { followChanges?: boolean; arrived?: () => T | undefined } = {},
): [Loaded<T>, () => void] {
  const [result, setResult] = useState<{ load: () => Promise<Outcome<T>>; outcome: Outcome<T> } | null>(() => {
    const value = arrived?.();
    return value === undefined ? null : { load, outcome: { ok: true, value } };
  });
  // The value handed over is the first load's answer: the first run of the effect has nothing to do.
  const handedOver = useRef(result !== null);
  const [tick, setTick] = useState(0);
  const changes = useExternalChanges();
  const external = followChanges ? changes : 0;
  useEffect(() => {
    if (handedOver.current) {
      handedOver.current = false;
      return;
    }
    let live = true;
    void settle(load()).then((outcome) => {
      if (live) setResult({ load, outcome });
    });
    return () => {
      live = false;
    };
  }, [load, tick, external]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  if (!result || result.load !== load) return [{ status: 'loading' }, reload];
  const { outcome } = result;
  return [outcome.ok ? { status: 'ok', value: outcome.value } : { status: 'error', error: outcome.error }, reload];
}
