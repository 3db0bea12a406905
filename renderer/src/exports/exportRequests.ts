// Who asks for the export dialog: the register menu in the page, the overview page and the
// Electron File ▸ Export commands (which preselect a format). One small store, so none of them
// needs to hold the dialog's state.
import { useSyncExternalStore } from 'react';
import { REPORT_FORMATS, type ReportFormat } from '../../../core/reports/options';

export interface ExportRequest {
  open: boolean;
  /** Grows with every request, so asking again while the dialog is open still preselects. */
  seq: number;
  format: ReportFormat | null;
}

let current: ExportRequest = { open: false, seq: 0, format: null };
const listeners = new Set<() => void>();

function publish(next: ExportRequest): void {
  current = next;
  for (const l of listeners) l();
}

export const requestExport = (format: ReportFormat | null = null): void => publish({ open: true, seq: current.seq + 1, format });
export const dismissExport = (): void => publish({ ...current, open: false });

export function useExportRequest(): ExportRequest {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}

/** 'export-pdf' (an Electron menu command) -> 'pdf'; null for every other command. */
export function menuExportFormat(command: string): ReportFormat | null {
  const format = command.startsWith('export-') ? command.slice('export-'.length) : '';
  return (REPORT_FORMATS as readonly string[]).includes(format) ? (format as ReportFormat) : null;
}
