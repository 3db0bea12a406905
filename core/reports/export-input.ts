// Checking an export request, kept apart from the renderers: the dispatcher validates a request
// when it queues the job, and must not load pdfkit and exceljs to do so (the worker renders).
import fs from 'node:fs';
import path from 'node:path';
import { invalid, issuesOf } from '../api/errors';
import { exportOptions, type ExportOptions } from '../api/export-options';

export function parseExportOptions(input: ExportOptions): ReturnType<typeof exportOptions.parse> {
  const parsed = exportOptions.safeParse(input);
  if (!parsed.success) throw invalid(issuesOf(parsed.error));
  const dir = path.dirname(path.resolve(parsed.data.path));
  if (!fs.existsSync(dir)) throw invalid([{ path: 'path', message: `the folder ${dir} does not exist` }]);
  return parsed.data;
}
