// The IPC handlers: the contract (forwarded to the register worker, which validates every input
// through the core dispatcher) and the two OS dialogs. Each handler first checks that the call
// comes from our own page's main frame; a call naming a file must name one a dialog just gave the
// same window (path-grants.ts).
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { SessionInfo } from '../core/api/client';
import type { Outcome } from '../core/api/contract';
import { chooseFileToOpen, chooseSaveFile } from './dialogs';
import { admitCall, PathGrants, withDialogConsent, type GrantKind } from './path-grants';
import { planSaveDialog } from './save-plan';
import type { RegisterWorker } from '../core/register-worker';
import { CHANNELS } from './shell-api';
import { isAppUrl, type AppOrigin } from './trust';

export interface IpcDeps {
  worker: RegisterWorker;
  app: AppOrigin;
  /** A register was opened, created or closed from the page. */
  sessionChanged(session: SessionInfo): void;
}

const SESSION_CHANGES = new Set(['openRegister', 'createRegister', 'closeRegister']);

function senderWindow(event: IpcMainInvokeEvent, app: AppOrigin): BrowserWindow {
  const frame = event.senderFrame;
  const window = BrowserWindow.fromWebContents(event.sender);
  if (!frame || frame.parent !== null || !isAppUrl(frame.url, app) || !window) {
    throw new Error('Refused: only the RoPA Registry page may call the register.');
  }
  return window;
}

export function registerIpc(deps: IpcDeps): void {
  const grants = new PathGrants();
  const watched = new WeakSet<WebContents>();
  /** What the dialog answers the page, remembered as a one-time grant for that page only. */
  const granting = (contents: WebContents, kind: GrantKind, chosen: string | null): string | null => {
    if (chosen === null) return null;
    if (!watched.has(contents)) {
      watched.add(contents);
      const owner = contents.id;
      contents.once('destroyed', () => grants.forget(owner));
    }
    grants.grant(contents.id, kind, chosen);
    return chosen;
  };

  ipcMain.handle(CHANNELS.call, async (event, method: unknown, input: unknown): Promise<Outcome<unknown>> => {
    senderWindow(event, deps.app);
    if (typeof method !== 'string')
      return { ok: false, error: { kind: 'unknown_method', message: 'The operation name must be text.' } };
    const admitted = admitCall(grants, event.sender.id, method, input);
    if ('refuse' in admitted) return admitted.refuse;
    const outcome = await deps.worker.call(method, withDialogConsent(method, input, admitted.proceed));
    if (!outcome.ok) for (const taken of admitted.proceed) grants.giveBack(taken);
    if (outcome.ok && SESSION_CHANGES.has(method)) deps.sessionChanged(outcome.value as SessionInfo);
    return outcome;
  });
  ipcMain.handle(CHANNELS.openDialog, async (event, what: unknown) =>
    granting(event.sender, 'open', await chooseFileToOpen(senderWindow(event, deps.app), what)),
  );
  ipcMain.handle(CHANNELS.saveDialog, async (event, options: unknown) =>
    granting(event.sender, 'save', await chooseSaveFile(senderWindow(event, deps.app), planSaveDialog(options))),
  );
}
