// The objects the preload hands to the page, built from the registry's method names over two plain
// functions (invoke a channel, listen on a channel), so they can be checked without Electron.
import type { RopaShell } from '../core/api/client';
import { methodNames, type MethodName, type Outcome } from '../core/api/contract';
import { CHANNELS, MENU_COMMANDS, type MenuCommand } from './shell-api';

export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;
/** Subscribes to a channel; returns the function that unsubscribes. */
export type Listen = (channel: string, listener: (...args: unknown[]) => void) => () => void;

type Proxy = Record<MethodName, (input?: unknown) => Promise<Outcome<unknown>>>;

/** `window.ropa`: one function per operation of the registry, each one IPC call the main process validates. */
export function ropaProxy(invoke: Invoke): Proxy {
  const call = (name: MethodName) => (input?: unknown) =>
    invoke(CHANNELS.call, name, input) as Promise<Outcome<unknown>>;
  return Object.freeze(Object.fromEntries(methodNames.map((name) => [name, call(name)]))) as Proxy;
}

const isMenuCommand = (value: unknown): value is MenuCommand => MENU_COMMANDS.includes(value as MenuCommand);

/** `window.ropaShell`: the OS dialogs and the menu commands, nothing else of the main process. */
export function shellBridge(invoke: Invoke, listen: Listen): RopaShell {
  return Object.freeze({
    showOpenDialog: (what?: 'register' | 'spreadsheet') =>
      invoke(CHANNELS.openDialog, what ?? 'register') as Promise<string | null>,
    showSaveDialog: (options?: { defaultName?: string }) =>
      invoke(CHANNELS.saveDialog, options ?? {}) as Promise<string | null>,
    // The listener sees the command only, never the IPC event (which would leak ipcRenderer).
    onMenu: (listener: (command: string) => void) =>
      listen(CHANNELS.menu, (command) => {
        if (isMenuCommand(command)) listener(command);
      }),
  } satisfies RopaShell);
}
