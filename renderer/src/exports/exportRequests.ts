// Who asks for the export dialog: the register menu in the page, the overview page and the
// Electron File ▸ Export commands (which preselect a format). One small store, so none of them
// needs to hold the dialog's state.
import { useEffect } from 'react';
import { REPORT_FORMATS, type ReportFormat } from '../../../core/api/enums';
import { shell } from '../api';
import { createStore } from './store';

export interface ExportRequest {
  open: boolean;
  /** Grows with every request, so asking again while the dialog is open still preselects. */
  seq: number;
  format: ReportFormat | null;
}

const requests = createStore<ExportRequest>({ open: false, seq: 0, format: null });

export const requestExport = (format: ReportFormat | null = null): void =>
  requests.set({ open: true, seq: requests.get().seq + 1, format });
export const dismissExport = (): void => requests.set({ ...requests.get(), open: false });
export const useExportRequest = (): ExportRequest => requests.use();

/** 'export-pdf' (an Electron menu command) -> 'pdf'; null for every other command. */
export function menuExportFormat(command: string): ReportFormat | null {
  const format = command.startsWith('export-') ? command.slice('export-'.length) : '';
  return (REPORT_FORMATS as readonly string[]).includes(format) ? (format as ReportFormat) : null;
}

/**
 * The Electron File ▸ Export commands, heard while a register is open from its first screen on: the
 * dialog mounts only after that screen is painted, and opens then on a request made before.
 */
export function useExportMenu(open: boolean): void {
  useEffect(() => {
    if (!open) return;
    return shell()?.onMenu((command) => {
      const format = menuExportFormat(command);
      if (format) requestExport(format);
    });
  }, [open]);
}
