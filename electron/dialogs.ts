// The OS file dialogs the renderer may ask for. The main process picks titles and filters; the
// page may only propose a file name, which is reduced to a bare name so it cannot steer the
// dialog to another folder.
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { z } from 'zod';

const REGISTER_FILTERS = [
  { name: 'RoPA register', extensions: ['sqlite', 'ropa', 'db'] },
  { name: 'All files', extensions: ['*'] },
];

const saveOptions = z.object({ defaultName: z.string().max(255).optional() }).catch({});

export async function chooseRegister(window: BrowserWindow): Promise<string | null> {
  const result = await dialog.showOpenDialog(window, { title: 'Open Register', properties: ['openFile'], filters: REGISTER_FILTERS });
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** Where to write a register: `defaultName` proposed in the Documents folder. */
export async function chooseNewFile(window: BrowserWindow, title: string, defaultName: string): Promise<string | null> {
  const name = path.basename(defaultName.trim()) || 'Register';
  const file = path.extname(name) ? name : `${name}.sqlite`;
  const result = await dialog.showSaveDialog(window, { title, defaultPath: path.join(app.getPath('documents'), file), filters: REGISTER_FILTERS });
  return result.canceled ? null : (result.filePath ?? null);
}

/** The renderer's save-dialog request, whatever it sent. */
export const saveDialogName = (input: unknown): string => saveOptions.parse(input).defaultName ?? 'Register';

export async function showError(window: BrowserWindow | null, message: string): Promise<void> {
  const options = { type: 'error' as const, title: app.getName(), message };
  await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}
