// What `window.ropa` holds in every transport: the contract's methods plus the session methods of
// the RegisterHost. The Electron preload and the browser host's client script both build their
// proxy from `clientMethodNames`, so the two windows can never offer different operations.
// Type-only imports from host.ts: this module must stay free of node modules (the preload and the
// renderer import it).
import { methodNames, type Outcome, type RopaClient } from './contract';
import type { SessionInfo, SessionInput, SessionMethod, SessionResult } from '../host';

export type SessionClient = { [M in SessionMethod]: (input?: SessionInput<M>) => Promise<Outcome<SessionResult<M>>> };
export type RopaWindowClient = RopaClient & SessionClient;
export type ClientMethodName = keyof RopaWindowClient;

const sessionNames = [
  'getSession',
  'openRegister',
  'createRegister',
  'closeRegister',
  'listBackups',
  'restoreBackup',
] as const satisfies readonly SessionMethod[];
// Fails to compile when host.ts gains a session method this list does not name.
type MissingSessionMethod = Exclude<SessionMethod, (typeof sessionNames)[number]>;
const complete: [MissingSessionMethod] extends [never] ? true : never = true;

export const clientMethodNames: readonly ClientMethodName[] = complete ? [...methodNames, ...sessionNames] : [];
export type { SessionInfo };

/**
 * What the Electron preload adds as `window.ropaShell`; absent in the browser. In Electron a
 * method naming a file (exportReport, saveCopy, createRegister, openRegister) accepts only a path
 * one of these dialogs just returned, once (electron/path-grants.ts).
 */
export interface RopaShell {
  /** An existing register chosen in the OS dialog, or null when cancelled. */
  showOpenDialog(): Promise<string | null>;
  /** Where to write a file (a new register, a report), or null when cancelled. */
  showSaveDialog(options?: { defaultName?: string }): Promise<string | null>;
  /** Application menu commands ('new', 'open', 'close', 'save', ...); returns an unsubscribe function. */
  onMenu(listener: (command: string) => void): () => void;
}
