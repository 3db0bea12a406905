// The OS file dialogs. The main process picks titles and filters (save-plan.ts); the page only
// gets the path the user chose, or null.
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { ALL_FILES, REGISTER, SPREADSHEET, type SaveDialogPlan } from './save-plan';

/** A file to read: a register to open, or a spreadsheet to import (what the page asked for). */
export async function chooseFileToOpen(window: BrowserWindow, what: unknown): Promise<string | null> {
  const sheet = what === 'spreadsheet';
  const result = await dialog.showOpenDialog(window, {
    title: sheet ? 'Import Spreadsheet' : 'Open Register',
    properties: ['openFile'],
    filters: [sheet ? SPREADSHEET : REGISTER, ALL_FILES],
  });
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** Where to write a file: the plan's name proposed in the Documents folder. */
export async function chooseSaveFile(window: BrowserWindow, plan: SaveDialogPlan): Promise<string | null> {
  const defaultPath = path.join(app.getPath('documents'), plan.fileName);
  const result = await dialog.showSaveDialog(window, { title: plan.title, defaultPath, filters: plan.filters });
  return result.canceled ? null : (result.filePath ?? null);
}

export type LockChoice = 'read-only' | 'anyway' | 'cancel';

/** Someone else is editing the register: the three ways out the page's own dialog offers too. */
export async function chooseWhenLocked(window: BrowserWindow | null, message: string): Promise<LockChoice> {
  const options = {
    type: 'question' as const,
    title: app.getName(),
    message,
    buttons: ['Open Read-Only', 'Open Anyway', 'Cancel'],
    defaultId: 0,
    cancelId: 2,
  };
  const { response } = await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
  return (['read-only', 'anyway', 'cancel'] as const)[response] ?? 'cancel';
}

export async function showError(window: BrowserWindow | null, message: string): Promise<void> {
  const options = { type: 'error' as const, title: app.getName(), message };
  await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}
