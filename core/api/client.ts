// What the page sees: `window.ropa` is a `RopaClient` (one async function per operation of the
// registry in contract.ts, built by the Electron preload and by the browser host's client script
// from `methodNames`, so the two can never offer different operations) and, in Electron only,
// `window.ropaShell`.
export type { RopaClient } from './contract';
export type { SessionInfo } from './types';

/**
 * What the Electron preload adds as `window.ropaShell`; absent in the browser. In Electron a
 * method naming a file (an operation with `files` in the registry) accepts only a path one of
 * these dialogs just returned, once (electron/path-grants.ts).
 */
export interface RopaShell {
  /** An existing register (or a spreadsheet to import) chosen in the OS dialog, or null when cancelled. */
  showOpenDialog(what?: 'register' | 'spreadsheet'): Promise<string | null>;
  /** Where to write a file (a new register, a report), or null when cancelled. */
  showSaveDialog(options?: { defaultName?: string }): Promise<string | null>;
  /** Application menu commands ('new', 'open', 'close', 'save', ...); returns an unsubscribe function. */
  onMenu(listener: (command: string) => void): () => void;
}
