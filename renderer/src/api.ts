// The renderer's only way to the register: `window.ropa` (Electron preload or the browser host's
// client script). Every call resolves to an Outcome; nothing here throws for a refused operation.
import type { RopaShell, RopaClient } from '../../core/api/client';
import type { Outcome } from '../../core/api/contract';
import type { RopaError } from '../../core/api/errors';

declare global {
  interface Window {
    ropa: RopaClient;
    ropaShell?: RopaShell;
  }
}

export const ropa = (): RopaClient => window.ropa;
export const shell = (): RopaShell | undefined => window.ropaShell;

/** A transport that itself failed (host gone) reads like any other refusal. */
export async function settle<T>(pending: Promise<Outcome<T>>): Promise<Outcome<T>> {
  try {
    return await pending;
  } catch (err) {
    return { ok: false, error: { kind: 'internal', message: (err as Error).message } };
  }
}

export type { Outcome, RopaError };
