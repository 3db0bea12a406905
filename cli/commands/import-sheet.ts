// `ropa import FILE SHEET.csv|.xlsx`: activities from a spreadsheet (ICO, APD, CNIL or our own
// layout, or any layout with a column mapping). FILE is created when missing; rows matching an
// existing activity update it. --dry-run shows what each cell would become and writes nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ImportReport } from '../../core/api/import-report';
import type { CoreContext } from '../../core/context';
import {
  applyImport,
  describeReport,
  planImport,
  readMappingFile,
  readSource,
  rowErrors,
  type ImportResult,
  type PlanOptions,
  type ProfileId,
} from '../../core/import/index';
import { openLocked } from '../../core/lock';
import { newRegister, openSessionForReading } from '../../core/register';
import { asWriteError, creatingUnderLock } from '../locking';
import { asCliError, CliError, EXIT, printJson } from '../support';

export interface SheetImportFlags {
  profile?: ProfileId | 'auto';
  mapping?: string;
  sheet?: string;
  headerRow?: number;
  dryRun?: boolean;
  json?: boolean;
  force?: boolean;
}

function progressLine(done: number, total: number): void {
  if (process.stderr.isTTY) process.stderr.write(`\rimporting ${Math.round((100 * done) / total)}%   `);
}

function summary(file: string, r: ImportReport, result: ImportResult, created: boolean): string {
  const extras = [
    result.newTerms ? `${result.newTerms} new terms` : '',
    result.newRecipients ? `${result.newRecipients} new recipients` : '',
    result.newOrganisation ? `organisation ${r.newOrganisation}` : '',
  ].filter(Boolean);
  const review = r.counts.uncertain
    ? `; ${r.counts.uncertain} values to review (ropa import --dry-run shows them)`
    : '';
  return `${created ? 'Created' : 'Updated'} ${path.basename(file)} from ${r.source} (profile ${r.profile}, sheet "${r.sheet}", header row ${r.headerRow}): ${result.created} activities created, ${result.updated} updated${extras.length ? `, ${extras.join(', ')}` : ''}${review}.`;
}

function plan(ctx: CoreContext, sourceFile: string, book: Parameters<typeof planImport>[1], o: PlanOptions) {
  try {
    return planImport(ctx, book, path.basename(sourceFile), o);
  } catch (err) {
    throw new CliError(asCliError(err).message, EXIT.file);
  }
}

/** Plans against a register: the file itself, or (a dry run for a file not made yet) a throw-away new one. */
export async function runSheetImport(
  file: string,
  sourceFile: string,
  author: string,
  flags: SheetImportFlags,
): Promise<string> {
  let book;
  try {
    book = await readSource(sourceFile, flags.sheet);
  } catch (err) {
    throw new CliError(asCliError(err).message, EXIT.file);
  }
  const options: PlanOptions = {
    ...(flags.profile ? { profile: flags.profile } : {}),
    ...(flags.sheet ? { sheet: flags.sheet } : {}),
    ...(flags.headerRow ? { headerRow: flags.headerRow } : {}),
  };
  if (flags.mapping) {
    try {
      options.mapping = readMappingFile(flags.mapping);
    } catch (err) {
      throw new CliError(asCliError(err).message, EXIT.file);
    }
  }
  const exists = fs.existsSync(file);
  const show = (r: ImportReport): string => {
    if (flags.json) {
      printJson(r);
      return '';
    }
    return describeReport(r);
  };

  if (flags.dryRun) {
    if (!exists) {
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-dry-'));
      try {
        const ctx = newRegister(path.join(tmp, path.basename(file)), { author });
        try {
          return show(plan(ctx, sourceFile, book, options).report);
        } finally {
          ctx.register.close();
        }
      } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
      }
    }
    let ctx: CoreContext;
    try {
      ctx = openSessionForReading(file, author);
    } catch (err) {
      throw asCliError(err);
    }
    try {
      return show(plan(ctx, sourceFile, book, options).report);
    } finally {
      ctx.register.close();
    }
  }

  const write = (ctx: CoreContext, created: boolean): string => {
    const prepared = plan(ctx, sourceFile, book, options);
    const refused = rowErrors(prepared);
    if (refused) throw new CliError(refused, EXIT.failure);
    const result = applyImport(ctx, prepared, progressLine);
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
    if (flags.json) {
      printJson({ ...result, report: prepared.report });
      return '';
    }
    return summary(file, prepared.report, result, created);
  };

  if (!exists) {
    return creatingUnderLock(file, author, flags.force === true, () => {
      let ctx: CoreContext;
      try {
        ctx = newRegister(file, { author });
      } catch (err) {
        throw asCliError(err);
      }
      try {
        const out = write(ctx, true);
        ctx.register.close();
        return out;
      } catch (err) {
        // A register made only for this import goes again when the import fails.
        ctx.register.close();
        fs.rmSync(ctx.register.path, { force: true });
        throw asCliError(err);
      }
    });
  }
  let session: ReturnType<typeof openLocked>;
  try {
    session = openLocked(file, author, { force: flags.force === true });
  } catch (err) {
    throw asWriteError(file, err);
  }
  try {
    return write(session.ctx, false);
  } catch (err) {
    throw asCliError(err);
  } finally {
    session.close();
  }
}
