// Writes one export of an open register to disk: builds the report model, renders the wanted
// format and writes the file(s) via a temporary name, so a failed export leaves no partial file.
import fs from 'node:fs';
import path from 'node:path';
import type { CoreContext } from '../context';
import { checkWriteTarget, type TargetRules } from '../write-target';
import { historyTable } from './history-sheet';
import { aboutTable } from './about';
import { registerAsOf } from './as-of';
import { reportCsv, tableCsv } from './csv';
import { dumpRegister, dumpText } from './dump';
import {
  aboutCsvPath,
  exportTargets,
  organisationsCsvPath,
  parseExportOptions,
  recipientsCsvPath,
} from './export-input';
import { buildReport } from './model';
import type { ExportOptions, ExportProgress, ExportResult, ParsedExportOptions } from '../api/export-options';
import { reportPdf } from './pdf';
import { reportXlsx } from './xlsx';

export interface RenderSettings {
  /** Where the DejaVu TTF files are, for bundled builds; defaults to core/reports/fonts. */
  fontsFolder?: string;
  /** The register the export is of (the worker may read an upgraded temporary copy): never replaced. */
  registerPath?: string;
}

export { recipientsCsvPath, organisationsCsvPath };

function writeAll(files: { path: string; data: string | Buffer }[], rules: TargetRules): ExportResult['files'] {
  const temps = files.map((f) => ({ ...f, temp: `${f.path}.${process.pid}.partial` }));
  try {
    for (const f of temps) fs.writeFileSync(f.temp, f.data);
    // Checked again at the last moment: a file may have appeared while the report was rendered.
    for (const f of temps) checkWriteTarget(f.path, rules);
    for (const f of temps) fs.renameSync(f.temp, f.path);
  } finally {
    for (const f of temps) fs.rmSync(f.temp, { force: true });
  }
  return files.map((f) => ({
    path: path.resolve(f.path),
    bytes: typeof f.data === 'string' ? Buffer.byteLength(f.data) : f.data.length,
  }));
}

/** Validates a request made outside the contract (the CLI, scripts, tests), then writes the report. */
export async function writeReport(
  ctx: CoreContext,
  input: ExportOptions,
  onProgress?: (p: ExportProgress) => void,
  settings: RenderSettings = {},
): Promise<ExportResult> {
  // Async, so a refused request rejects like every other failure rather than throwing at the call.
  return await renderReport(ctx, parseExportOptions(input), onProgress, settings);
}

/** Writes the report of options already validated (the export worker's, checked at the dispatcher). */
export async function renderReport(
  ctx: CoreContext,
  o: ParsedExportOptions,
  onProgress?: (p: ExportProgress) => void,
  settings: RenderSettings = {},
): Promise<ExportResult> {
  const rules: TargetRules = { overwrite: o.overwrite, registerPath: settings.registerPath ?? ctx.register.path };
  for (const target of exportTargets(o)) checkWriteTarget(target, rules);
  onProgress?.({ phase: 'model', done: 0, total: 1 });
  if (o.format === 'json') {
    const dump = (o.asOf === undefined ? null : registerAsOf(ctx, o.asOf))?.dump ?? dumpRegister(ctx);
    onProgress?.({ phase: 'write', done: 0, total: 1 });
    return {
      format: o.format,
      files: writeAll([{ path: o.path, data: dumpText(dump) }], rules),
      activities: dump.activities.length,
      pages: null,
    };
  }
  const model = buildReport(ctx, o, o.format === 'pdf');
  const render = (done: number, total: number) => onProgress?.({ phase: 'render', done, total });
  let files: { path: string; data: string | Buffer }[];
  let pages: number | null = null;
  if (o.format === 'csv') {
    const csv = reportCsv(model, o.delimiter);
    files = [
      { path: o.path, data: csv.activities },
      { path: recipientsCsvPath(o.path), data: csv.recipients },
      { path: organisationsCsvPath(o.path), data: csv.organisations },
      { path: aboutCsvPath(o.path), data: tableCsv(aboutTable(model), o.delimiter) },
    ];
  } else if (o.format === 'xlsx') {
    files = [
      {
        path: o.path,
        data: await reportXlsx(model, render, [historyTable(ctx, model.lang, model.head?.seq ?? 0), aboutTable(model)]),
      },
    ];
  } else {
    const pdf = await reportPdf(model, {
      onProgress: render,
      ...(settings.fontsFolder ? { fontsFolder: settings.fontsFolder } : {}),
    });
    pages = pdf.pages;
    files = [{ path: o.path, data: pdf.buffer }];
  }
  onProgress?.({ phase: 'write', done: 0, total: files.length });
  return { format: o.format, files: writeAll(files, rules), activities: model.activities.length, pages };
}
