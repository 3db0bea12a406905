// The native menus as a plain template: what they contain depends only on `MenuState`, and what
// they do is handed in as `MenuActions`, so the layout can be checked without starting Electron.
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from './shell-api';

export interface MenuState {
  platform: NodeJS.Platform;
  appName: string;
  /** Most recent first. */
  recentRegisters: string[];
  registerOpen: boolean;
  /** The open register is read-only: nothing that writes is offered. */
  readOnly: boolean;
  /** The contract offers an export operation (core/reports); until then the items stay greyed. */
  exportsAvailable: boolean;
  /** Reload and developer tools: unpackaged runs (npm start) only. */
  developer: boolean;
}

export interface MenuActions {
  openRecent(file: string): void;
  clearRecent(): void;
  saveCopy(): void;
  /** Items the renderer carries out (new or open a register, new activity, exports…). */
  command(command: MenuCommand): void;
  about(): void;
  openArticle30(): void;
}

type Item = MenuItemConstructorOptions;
const separator: Item = { type: 'separator' };

/** Items that hand a command to the page, all enabled or all greyed together. */
const commandItems =
  (act: MenuActions, enabled = true) =>
  (label: string, command: MenuCommand, accelerator?: string): Item => ({
    label,
    accelerator,
    enabled,
    click: () => act.command(command),
  });

function recentMenu(state: MenuState, act: MenuActions): Item[] {
  if (state.recentRegisters.length === 0) return [{ label: 'No Recent Registers', enabled: false }];
  return [
    // The folder in the label tells apart two registers with the same file name.
    ...state.recentRegisters.map((file): Item => ({
      label: `${path.basename(file)} — ${path.dirname(file)}`,
      click: () => act.openRecent(file),
    })),
    separator,
    { label: 'Clear Recent', click: act.clearRecent },
  ];
}

function exportMenu(state: MenuState, act: MenuActions): Item[] {
  const item = commandItems(act, state.registerOpen && state.exportsAvailable);
  return [
    item('PDF Report…', 'export-pdf'),
    item('CSV Files…', 'export-csv'),
    item('Excel Workbook (XLSX)…', 'export-xlsx'),
    item('Register as JSON…', 'export-json'),
  ];
}

function fileMenu(state: MenuState, act: MenuActions): Item {
  const open = state.registerOpen;
  const always = commandItems(act);
  return {
    label: '&File',
    submenu: [
      always('New Register…', 'new', 'CmdOrCtrl+Shift+N'),
      always('Open…', 'open', 'CmdOrCtrl+O'),
      { label: 'Open Recent', submenu: recentMenu(state, act) },
      separator,
      { label: 'Save a Copy…', accelerator: 'CmdOrCtrl+Shift+S', enabled: open, click: act.saveCopy },
      commandItems(act, open && !state.readOnly)('Restore from Backup…', 'restore-backup'),
      commandItems(act, open && !state.readOnly)('Import Spreadsheet…', 'import-sheet'),
      { label: 'Export', enabled: open, submenu: exportMenu(state, act) },
      separator,
      commandItems(act, open)('Close Register', 'close'),
      ...(state.platform === 'darwin' ? [] : [separator, { role: 'quit' } satisfies Item]),
    ],
  };
}

function editMenu(state: MenuState, act: MenuActions): Item {
  const item = commandItems(act, state.registerOpen && !state.readOnly);
  return {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      item('New Activity…', 'new-activity', 'CmdOrCtrl+N'),
      item('New Organisation…', 'new-organisation'),
      item('New Recipient…', 'new-recipient'),
    ],
  };
}

function viewMenu(state: MenuState, act: MenuActions): Item {
  const item = commandItems(act, state.registerOpen);
  return {
    label: '&View',
    submenu: [
      item('Check Completeness', 'run-checks', 'F7'),
      item('History', 'show-history', 'CmdOrCtrl+Shift+H'),
      separator,
      ...(state.developer ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, separator] satisfies Item[]) : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };
}

function helpMenu(state: MenuState, act: MenuActions): Item {
  return {
    label: '&Help',
    role: 'help',
    submenu: [
      { label: 'GDPR Article 30 (EUR-Lex)', click: act.openArticle30 },
      // The page lists the licences (bundled, so the browser host's Help menu shows the same).
      commandItems(act)('Licences…', 'show-licences'),
      ...(state.platform === 'darwin' ? [] : [separator, { label: `About ${state.appName}`, click: act.about }]),
    ],
  };
}

export function menuTemplate(state: MenuState, act: MenuActions): Item[] {
  const appMenu: Item[] = state.platform === 'darwin' ? [{ role: 'appMenu' }] : [];
  return [...appMenu, fileMenu(state, act), editMenu(state, act), viewMenu(state, act), helpMenu(state, act)];
}
