// The names both ends of the shell's IPC agree on. The shape of `window.ropaShell` itself is
// `RopaShell` in core/api/client.ts, next to the `window.ropa` client the renderer already imports.
// Names only (no runtime imports), so the sandboxed preload can bundle this module.

export const CHANNELS = {
  call: 'ropa',
  openDialog: 'ropa-shell:open-dialog',
  saveDialog: 'ropa-shell:save-dialog',
  menu: 'ropa-shell:menu',
} as const;

/**
 * Menu items the renderer carries out, because it knows about unsaved edits and owns the forms:
 * 'new' / 'open' / 'close' a register, importing a spreadsheet, new entries, checks, history, exports and Help ▸ Licences.
 */
export const MENU_COMMANDS = [
  'new',
  'open',
  'close',
  'new-activity',
  'new-organisation',
  'new-recipient',
  'run-checks',
  'show-history',
  'restore-backup',
  'import-sheet',
  'export-pdf',
  'export-csv',
  'export-xlsx',
  'export-json',
  'show-licences',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
