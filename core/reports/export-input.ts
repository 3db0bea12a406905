// Checking an export request, kept apart from the renderers: the dispatcher validates a request
// when it queues the job, and must not load pdfkit and exceljs to do so (the worker renders).
import fs from 'node:fs';
import path from 'node:path';
import { invalid, issuesOf } from '../api/errors';
import { exportOptions, type ExportOptions, type ParsedExportOptions } from '../api/export-options';

/** Validates a request made outside the contract (the CLI, scripts): the schema, then the folder. */
export function parseExportOptions(input: ExportOptions): ParsedExportOptions {
  const parsed = exportOptions.safeParse(input);
  if (!parsed.success) throw invalid(issuesOf(parsed.error));
  checkExportFolder(parsed.data);
  return parsed.data;
}

/** What the schema cannot know: the folder to write into exists (the contract already checked the rest). */
export function checkExportFolder(o: { path: string }): void {
  const dir = path.dirname(path.resolve(o.path));
  if (!fs.existsSync(dir)) throw invalid([{ path: 'path', message: `the folder ${dir} does not exist` }]);
}

/** `out.csv` -> `out-recipients.csv`: the second CSV file sits beside the first. */
export function recipientsCsvPath(activitiesPath: string): string {
  const ext = path.extname(activitiesPath);
  return `${ext ? activitiesPath.slice(0, -ext.length) : activitiesPath}-recipients${ext || '.csv'}`;
}

/** `out.csv` -> `out-about.csv`: what the report was made from (register, date, history head). */
export function aboutCsvPath(activitiesPath: string): string {
  const ext = path.extname(activitiesPath);
  return `${ext ? activitiesPath.slice(0, -ext.length) : activitiesPath}-about${ext || '.csv'}`;
}

/** `out.csv` -> `out-organisations.csv`: Art. 30(1)(a) and (2)(a), the organisations' and client controllers' contact details. */
export function organisationsCsvPath(activitiesPath: string): string {
  const ext = path.extname(activitiesPath);
  return `${ext ? activitiesPath.slice(0, -ext.length) : activitiesPath}-organisations${ext || '.csv'}`;
}

/** Every file an export writes: for CSV the recipients, organisations and about files beside the activities file too. */
export function exportTargets(o: { format: string; path: string }): string[] {
  return o.format === 'csv'
    ? [o.path, recipientsCsvPath(o.path), organisationsCsvPath(o.path), aboutCsvPath(o.path)]
    : [o.path];
}
