// What a save dialog offers for a name the page proposes: the name's extension says what is
// saved, a register or an export. The page may only propose a bare name, never a folder.
import path from 'node:path';
import type { FileFilter } from 'electron';
import { z } from 'zod';

export const REGISTER: FileFilter = { name: 'RoPA register', extensions: ['sqlite', 'ropa', 'db'] };
export const ALL_FILES: FileFilter = { name: 'All files', extensions: ['*'] };
export const SPREADSHEET: FileFilter = { name: 'Spreadsheet', extensions: ['xlsx', 'csv', 'tsv', 'txt'] };
const EXPORTS: Record<string, FileFilter> = {
  '.pdf': { name: 'PDF report', extensions: ['pdf'] },
  '.csv': { name: 'CSV file', extensions: ['csv'] },
  '.xlsx': { name: 'Excel workbook', extensions: ['xlsx'] },
  '.json': { name: 'JSON file', extensions: ['json'] },
  '.html': { name: 'Web page', extensions: ['html'] },
  '.md': { name: 'Markdown', extensions: ['md'] },
  '.docx': { name: 'Word document', extensions: ['docx'] },
};

export interface SaveDialogPlan {
  title: string;
  fileName: string;
  filters: FileFilter[];
}

/** Title, file name and filters for saving `proposed` (a register when it names no known export type). */
export function planSaveDialog(proposed: unknown, registerTitle = 'New Register'): SaveDialogPlan {
  const parsed = z.object({ defaultName: z.string().max(255).optional() }).safeParse(proposed);
  const name = path.basename((parsed.success ? parsed.data.defaultName : undefined)?.trim() || 'Register');
  const ext = path.extname(name).toLowerCase();
  const exported = EXPORTS[ext];
  if (exported) return { title: 'Export', fileName: name, filters: [exported, ALL_FILES] };
  return { title: registerTitle, fileName: ext ? name : `${name}.sqlite`, filters: [REGISTER, ALL_FILES] };
}
