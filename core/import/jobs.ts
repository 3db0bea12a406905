// The app's spreadsheet import (Register ▸ Import spreadsheet…), one job per step so the register
// worker keeps answering while a large sheet is read, reviewed or written: readImportSource reads
// the file the dialog granted once and keeps the parsed sheets under a source id; the review and
// the import name that id with the sheet, header row and mapping the user chose. The UI polls
// getImportJob for progress and the outcome, as it does for exports.
import path from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { RegisterFileError } from '../../db/open';
import { notFound, toRopaError } from '../api/errors';
import type { ImportJob, ImportLayout, ImportSource } from '../api/import-report';
import type { CoreContext } from '../context';
import { applyImport } from './apply';
import { planImportAsync, planLayout, type PlanOptions } from './plan';
import { readSource, type SourceBook } from './source';

/** Rows of each sheet the app shows to choose the header row from. */
export const PREVIEW_ROWS = 30;
const PREVIEW_CELL = 200;
/** Sources and finished jobs kept; older ones are forgotten. */
const KEEP = 10;

const jobs = new Map<string, ImportJob>();
const sources = new Map<string, { name: string; book: SourceBook }>();

export interface ImportChoice {
  sourceId: string;
  sheet: string;
  headerRow: number;
  /** Header → field for every column, as the mapping step shows it; saved for the next import of this layout. */
  mapping: Record<string, string>;
}

function forgetOld<T>(map: Map<string, T>, finished: (v: T) => boolean): void {
  const old = [...map.entries()].filter(([, v]) => finished(v));
  for (const [key] of old.slice(0, Math.max(0, old.length - KEEP))) map.delete(key);
}

function startJob(stage: ImportJob['stage'], work: (job: ImportJob) => Promise<void>): { jobId: string } {
  const job: ImportJob = {
    jobId: uuidv7(),
    stage,
    state: 'running',
    progress: null,
    source: null,
    report: null,
    result: null,
    error: null,
  };
  jobs.set(job.jobId, job);
  void work(job).then(
    () => {
      job.state = 'done';
    },
    (err: unknown) => {
      job.error = toRopaError(err, 'The import failed');
      job.state = 'failed';
    },
  );
  forgetOld(jobs, (j) => j.state !== 'running');
  return { jobId: job.jobId };
}

function sourceOf(sourceId: string): { name: string; book: SourceBook } {
  const s = sources.get(sourceId);
  if (!s) throw notFound('import source', sourceId);
  return s;
}

/** The detected layout; a sheet no profile knows starts from its first non-empty row, every column ignored. */
function layoutOf(ctx: CoreContext, name: string, book: SourceBook, o: PlanOptions): ImportLayout {
  try {
    return planLayout(ctx, book, name, o);
  } catch (err) {
    if (!(err instanceof RegisterFileError) || o.headerRow) throw err;
    const sheet = book.sheets.find((s) => !o.sheet || s.name === o.sheet) ?? book.sheets[0]!;
    const first = sheet.rows.findIndex((r) => r.some((c) => c !== ''));
    return planLayout(ctx, book, name, { ...o, sheet: sheet.name, headerRow: Math.max(0, first) + 1 });
  }
}

/** Keeps a read sheet file for the later steps; its id. */
export function rememberSource(name: string, book: SourceBook): string {
  const sourceId = uuidv7();
  sources.set(sourceId, { name, book });
  forgetOld(sources, () => true);
  return sourceId;
}

/** readImportSource: reads the sheet file (a job, as a large workbook takes a while). */
export function startReadSource(ctx: CoreContext, file: string): { jobId: string } {
  return startJob('read', async (job) => {
    const name = path.basename(file);
    const book = await readSource(file);
    const sourceId = rememberSource(name, book);
    const info: ImportSource = {
      sourceId,
      source: name,
      format: book.format,
      encoding: book.encoding ?? null,
      delimiter: book.delimiter ?? null,
      sheets: book.sheets.map((s) => ({
        name: s.name,
        rows: s.rows.slice(0, PREVIEW_ROWS).map((r) => r.map((c) => c.slice(0, PREVIEW_CELL))),
        rowCount: s.rows.length,
      })),
      layout: layoutOf(ctx, name, book, {}),
    };
    job.source = info;
  });
}

/** describeImportLayout: the columns of a sheet and header row the user picked, with their suggested fields. */
export function describeLayout(
  ctx: CoreContext,
  i: { sourceId: string; sheet: string; headerRow?: number | undefined },
) {
  const { name, book } = sourceOf(i.sourceId);
  return layoutOf(ctx, name, book, { sheet: i.sheet, ...(i.headerRow ? { headerRow: i.headerRow } : {}) });
}

const planOptions = (c: ImportChoice): PlanOptions => ({
  sheet: c.sheet,
  headerRow: c.headerRow,
  mapping: c.mapping,
});

/** reviewImport: the dry run of the choice, for the review table; nothing is written. */
export function startReview(ctx: CoreContext, c: ImportChoice): { jobId: string } {
  const { name, book } = sourceOf(c.sourceId);
  return startJob('review', async (job) => {
    const p = await planImportAsync(ctx, book, name, planOptions(c), (done, total) => {
      job.progress = { done, total };
    });
    job.report = p.report;
  });
}

/** runImport: plans the choice again against the register as it is now and writes it in one transaction. */
export function startWrite(ctx: CoreContext, c: ImportChoice): { jobId: string } {
  const { name, book } = sourceOf(c.sourceId);
  return startJob('write', async (job) => {
    const p = await planImportAsync(ctx, book, name, planOptions(c), (done, total) => {
      job.progress = { done, total };
    });
    job.report = p.report;
    if (!ctx.register.sqlite.open)
      throw new RegisterFileError('The register was closed before the import was written.');
    job.result = applyImport(ctx, p, (done, total) => {
      job.progress = { done, total };
    });
    sources.delete(c.sourceId);
  });
}

export function getImportJob(jobId: string): ImportJob {
  const job = jobs.get(jobId);
  if (!job) throw notFound('import', jobId);
  return { ...job };
}
